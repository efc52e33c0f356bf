export type { CatalogEntryConfig } from './catalog.ts';
export { DEFAULT_CATALOG, DEFAULT_PATHS, DEFAULTS } from './defaults.ts';
export { formatDuration, parseDuration } from './duration.ts';
export { ConfigError } from './errors.ts';
export { CONFIG_KEYS, type ConfigKey, type RawConfig } from './keys.ts';
export { type Config, type LoadOptions, loadConfig, parseRawConfig } from './load.ts';
