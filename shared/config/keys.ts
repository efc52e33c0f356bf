/**
 * The configuration keys. Lambda functions read them from environment variables (set by
 * `serverless.yml`); the CLI reads the same keys from the environment or from a JSON file
 * given with `--config` (an object of these keys; the environment wins over the file).
 */
export const CONFIG_KEYS = {
  SRA_REGION: 'AWS region of the parameters, table and topic (falls back to AWS_REGION)',
  SRA_ACCOUNT: 'AWS account id (12 digits) that holds the parameters',
  SRA_PARTITION: 'AWS partition: aws, aws-cn or aws-us-gov (default aws)',
  SRA_ROOT: 'root path of the application parameters (default /qlarius)',
  SRA_STAGE: 'optional stage level under the root and the ops root, e.g. prod',
  SRA_OPS_ROOT: 'root path of the ops namespace for pending values (default /qlarius-rotation)',
  SRA_CATALOG: 'JSON array of catalog entries merged by id over the default catalog',
  SRA_TABLE: 'name of the DynamoDB ops table (default ssm-rotation-audit-ops)',
  SRA_TOPIC_ARN: 'ARN of the SNS alert topic',
  SRA_LOCK_LEASE: 'rotation lock lease, longer than any Lambda timeout (default 20m)',
  SRA_GRACE_PERIOD: 'Twilio grace period between the SSM promotion and the Twilio promotion (default 24h)',
  SRA_STUCK_AFTER: 'a rotation without progress this long is stuck, longer than the lock lease (default 2h)',
  SRA_OVERDUE_AFTER:
    'how long past its due time a scheduled rotation is overdue (default: a tenth of its interval, at least 1h)',
  SRA_RENOTIFY_INTERVAL:
    'stuck, overdue, retirement-due, drift and inconsistent-state alerts repeat at most this often (default 24h)',
  SRA_AUDIT_POLICY:
    'JSON audit policy: principals (application, tool, operators), networks, thresholds and windows',
  SRA_AUDIT_OVERLAP:
    'how far an incremental audit sweep reaches back before the end of the previous one (default 20m)',
  SRA_AUDIT_RECONCILE_LOOKBACK: 'how far the daily reconciliation audit sweep looks back (default 25h)',
  SRA_TWILIO_API_URL:
    'base URL of the Twilio REST API, https (http only for a loopback host; default https://api.twilio.com)',
  SRA_TWILIO_ACCOUNTS_URL:
    'base URL of the Twilio Accounts API, https (http only for a loopback host; default https://accounts.twilio.com)',
} as const;

export type ConfigKey = keyof typeof CONFIG_KEYS;

/** Raw configuration as read: key to text. */
export type RawConfig = Partial<Record<ConfigKey, string>>;

export function isConfigKey(key: string): key is ConfigKey {
  return Object.hasOwn(CONFIG_KEYS, key);
}
