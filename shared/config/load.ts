import { readFileSync } from 'node:fs';
import { createPathLayout, type PathLayout, PathLayoutError } from '../parameter-paths/index.ts';
import { type AuditPolicy, expandAuditPolicy } from './audit-policy.ts';
import { type AuditSweepSettings, buildAuditSweepSettings } from './audit-sweep.ts';
import { buildCatalog, type CatalogEntryConfig } from './catalog.ts';
import { ConfigError } from './errors.ts';
import { CONFIG_KEYS, type ConfigKey, isConfigKey, type RawConfig } from './keys.ts';
import { buildRotationSettings, type RotationSettings } from './rotation.ts';
import { rawConfigSchema } from './schema.ts';

/** The validated configuration every module takes its values from. */
export interface Config {
  aws: { region: string; account: string; partition: 'aws' | 'aws-cn' | 'aws-us-gov' };
  paths: { root: string; stage: string | undefined; opsRoot: string };
  catalog: CatalogEntryConfig[];
  /** Names, ARNs and matching for this deployment, built from `aws`, `paths` and `catalog`. */
  layout: PathLayout;
  table: { name: string };
  topic: { arn: string | undefined };
  lock: { leaseMs: number };
  /** Grace period, stuck and overdue times, re-notify interval (`shared/config/rotation.ts`). */
  rotation: RotationSettings;
  /** The audit policy (`SRA_AUDIT_POLICY`), principal patterns with the account and partition filled in. */
  audit: AuditPolicy;
  /** The audit sweep's overlap and reconciliation look-back (`shared/config/audit-sweep.ts`). */
  auditSweep: AuditSweepSettings;
  /** Base URLs of the Twilio APIs (https, or http on a loopback host), without a trailing slash. */
  twilio: { apiBaseUrl: string; accountsBaseUrl: string };
}

export interface LoadOptions {
  /** The environment to read (default `process.env`); only `SRA_*` keys and `AWS_REGION` are read. */
  env?: Record<string, string | undefined>;
  /** A JSON file of the same keys; the environment wins over it. */
  file?: string;
}

/**
 * Reads and validates the configuration.
 * Throws `ConfigError` listing every problem, each naming its key (an unknown `SRA_*` key,
 * an unreadable file, a bad value, or an invalid parameter layout).
 */
export function loadConfig(options: LoadOptions = {}): Config {
  const env = options.env ?? process.env;
  const problems: string[] = [];
  const raw: RawConfig = {};
  if (options.file) Object.assign(raw, readConfigFile(options.file));
  for (const [key, value] of Object.entries(env)) {
    if (!key.startsWith('SRA_') || value === undefined) continue;
    if (isConfigKey(key)) raw[key] = value;
    else if (!IGNORED_ENV.has(key))
      problems.push(`${key}: unknown configuration key (known: ${knownKeys()})`);
  }
  raw.SRA_REGION ??= env.AWS_REGION;
  if (problems.length > 0) throw configError(problems);
  return parseRawConfig(raw);
}

/** Environment variables with the SRA_ prefix that are not configuration (the CLI's own). */
const IGNORED_ENV = new Set(['SRA_LOCAL_PORT', 'SRA_LOCAL_CONTROL_URL', 'SRA_CONFIG']);

/** Validates flat keys into a `Config`. Throws `ConfigError` as `loadConfig` does. */
export function parseRawConfig(raw: RawConfig): Config {
  const parsed = rawConfigSchema.safeParse(raw);
  if (!parsed.success) {
    throw configError(
      parsed.error.issues.map((issue) => {
        const key = String(issue.path[0] ?? '(config)');
        const missing = issue.code === 'invalid_type' && raw[key as ConfigKey] === undefined;
        return `${key}: ${missing ? `is required (${CONFIG_KEYS[key as ConfigKey] ?? ''})` : issue.message}`;
      }),
    );
  }
  const v = parsed.data;
  const catalog = buildCatalog(v.SRA_CATALOG);
  if (catalog.problems.length > 0) throw configError(catalog.problems.map((p) => `SRA_CATALOG: ${p}`));
  const rotation = buildRotationSettings(v, v.SRA_LOCK_LEASE);
  if (rotation.problems.length > 0) throw configError(rotation.problems);
  const aws = { region: v.SRA_REGION, account: v.SRA_ACCOUNT, partition: v.SRA_PARTITION };
  const paths = { root: v.SRA_ROOT, stage: v.SRA_STAGE || undefined, opsRoot: v.SRA_OPS_ROOT };
  let layout: PathLayout;
  try {
    layout = createPathLayout({
      ...aws,
      ...paths,
      catalog: catalog.entries.map(({ id, path, strategy }) => ({ id, path, strategy })),
    });
  } catch (error) {
    if (error instanceof PathLayoutError)
      throw configError([`SRA_ROOT/SRA_STAGE/SRA_OPS_ROOT/SRA_CATALOG: ${error.message}`], error);
    throw error;
  }
  return {
    aws,
    paths,
    catalog: catalog.entries,
    layout,
    table: { name: v.SRA_TABLE },
    topic: { arn: v.SRA_TOPIC_ARN },
    lock: { leaseMs: v.SRA_LOCK_LEASE },
    rotation: rotation.settings,
    audit: expandAuditPolicy(v.SRA_AUDIT_POLICY, aws),
    auditSweep: buildAuditSweepSettings(v),
    twilio: { apiBaseUrl: v.SRA_TWILIO_API_URL, accountsBaseUrl: v.SRA_TWILIO_ACCOUNTS_URL },
  };
}

function readConfigFile(file: string): RawConfig {
  let parsed: unknown;
  try {
    parsed = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    throw configError([`--config ${file}: cannot be read as JSON (${(error as Error).message})`], error);
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
    throw configError([`--config ${file}: must be a JSON object of configuration keys (${knownKeys()})`]);
  }
  const problems: string[] = [];
  const raw: RawConfig = {};
  for (const [key, value] of Object.entries(parsed)) {
    if (!isConfigKey(key))
      problems.push(`--config ${file}: ${key}: unknown configuration key (known: ${knownKeys()})`);
    else if (typeof value === 'string') raw[key] = value;
    else if (key === 'SRA_CATALOG' && Array.isArray(value)) raw[key] = JSON.stringify(value);
    else if (key === 'SRA_AUDIT_POLICY' && isPlainObject(value)) raw[key] = JSON.stringify(value);
    else problems.push(`--config ${file}: ${key}: must be a string`);
  }
  if (problems.length > 0) throw configError(problems);
  return raw;
}

function isPlainObject(value: unknown): boolean {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function knownKeys(): string {
  return Object.keys(CONFIG_KEYS).join(', ');
}

function configError(problems: string[], cause?: unknown): ConfigError {
  return new ConfigError(`invalid configuration:\n- ${problems.join('\n- ')}`, problems, { cause });
}
