export {
  type AuditPolicy,
  auditPolicySchema,
  expandAuditPolicy,
  PRINCIPAL_GROUPS,
  type PrincipalGroup,
} from './audit-policy.ts';
export { AUDIT_SWEEP_DEFAULTS, type AuditSweepSettings } from './audit-sweep.ts';
export type { CatalogEntryConfig } from './catalog.ts';
export { AUDIT_POLICY_DEFAULTS, DEFAULT_CATALOG, DEFAULT_PATHS, DEFAULTS } from './defaults.ts';
export { formatDuration, parseDuration } from './duration.ts';
export { ConfigError } from './errors.ts';
export { CONFIG_KEYS, type ConfigKey, type RawConfig } from './keys.ts';
export { type Config, type LoadOptions, loadConfig, parseRawConfig } from './load.ts';
export {
  MINIMUM_OVERDUE_AFTER_MS,
  overdueAfterMs,
  ROTATION_DEFAULTS,
  type RotationSettings,
} from './rotation.ts';
