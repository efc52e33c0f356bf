/**
 * Defaults of the configuration: the reference deployment of the design (an Elixir/Phoenix
 * application reading four parameters under `/qlarius`). Every value can be overridden;
 * these are the only place the product names that deployment.
 */
export const DEFAULT_PATHS = {
  root: '/qlarius',
  opsRoot: '/qlarius-rotation',
} as const;

export const DEFAULT_CATALOG = [
  { id: 'cloak-key', path: 'cloak-key', strategy: 'cloak-key' },
  { id: 'twilio-account-sid', path: 'twilio/account-sid', strategy: 'none' },
  {
    id: 'twilio-auth-token',
    path: 'twilio/auth-token',
    strategy: 'twilio-auth-token',
    accountSidSecret: 'twilio-account-sid',
  },
  { id: 'twilio-verify-service-sid', path: 'twilio/verify-service-sid', strategy: 'none' },
] as const;

export const DEFAULTS = {
  partition: 'aws',
  tableName: 'ssm-rotation-audit-ops',
  /** Longer than the longest holder: the Lambda maximum timeout is 15 minutes. */
  lockLease: '20m',
  /** Scheduled rotation interval of a secret whose schedule is enabled without one. */
  rotationInterval: '90d',
} as const;

/**
 * Defaults of the audit policy (`SRA_AUDIT_POLICY`), in the form the JSON is written.
 * The application role is the reference deployment's IRSA role; `{partition}` and
 * `{account}` are replaced by the configured values. The tool's and the operators' roles
 * have no sensible default: the deployment sets them.
 */
export const AUDIT_POLICY_DEFAULTS = {
  applicationRoles: ['arn:{partition}:iam::{account}:role/QlariusSecretsRole'],
  /** Source names accepted without an IP address: calls AWS makes internally for a caller. */
  serviceSources: ['AWS Internal'],
  /** Whose reads must come from the allowed networks (the tool's Lambdas have no fixed egress). */
  networkAppliesTo: ['application'],
  denials: { window: '15m', threshold: 5, managedThreshold: 1 },
  bulkRead: { minManagedNames: 2, exempt: ['application', 'tool'] },
  distinctSecrets: { window: '1h', threshold: 25, exempt: [] },
  volume: { bucket: '15m', factor: 10, minReads: 50, minSamples: 5, maxSamples: 48, exempt: [] },
} as const;
