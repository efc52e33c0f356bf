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
