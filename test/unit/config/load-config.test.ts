import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../../shared/config/index.ts';

const BASE = { SRA_REGION: 'us-east-1', SRA_ACCOUNT: '111122223333' };

function problemsOf(fn: () => unknown): readonly string[] {
  try {
    fn();
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigError);
    return (error as ConfigError).problems;
  }
  throw new Error('expected a ConfigError');
}

describe('loadConfig', () => {
  it('applies the defaults of the reference deployment', () => {
    const config = loadConfig({ env: BASE });

    expect(config.paths).toEqual({ root: '/qlarius', stage: undefined, opsRoot: '/qlarius-rotation' });
    expect(config.aws).toEqual({ region: 'us-east-1', account: '111122223333', partition: 'aws' });
    expect(config.catalog.map((e) => [e.id, e.path, e.strategy])).toEqual([
      ['cloak-key', 'cloak-key', 'cloak-key'],
      ['twilio-account-sid', 'twilio/account-sid', 'none'],
      ['twilio-auth-token', 'twilio/auth-token', 'twilio-auth-token'],
      ['twilio-verify-service-sid', 'twilio/verify-service-sid', 'none'],
    ]);
    expect(config.catalog.every((e) => e.schedule.enabled === false)).toBe(true);
    expect(config.table.name).toBe('ssm-rotation-audit-ops');
    expect(config.lock.leaseMs).toBe(20 * 60 * 1000);
  });

  it('builds names with a stage level under both roots', () => {
    const config = loadConfig({ env: { ...BASE, SRA_STAGE: 'prod' } });

    expect(config.layout.canonicalName('cloak-key')).toBe('/qlarius/prod/cloak-key');
    expect(config.layout.pendingName('twilio-auth-token')).toBe(
      '/qlarius-rotation/prod/twilio-auth-token/pending',
    );
  });

  it('falls back to AWS_REGION when SRA_REGION is not set', () => {
    const config = loadConfig({ env: { AWS_REGION: 'eu-west-1', SRA_ACCOUNT: '111122223333' } });

    expect(config.aws.region).toBe('eu-west-1');
  });

  it('names a missing account as required', () => {
    expect(problemsOf(() => loadConfig({ env: { SRA_REGION: 'us-east-1' } }))).toEqual([
      'SRA_ACCOUNT: is required (AWS account id (12 digits) that holds the parameters)',
    ]);
  });

  it('lists every bad value with its key', () => {
    const problems = problemsOf(() =>
      loadConfig({
        env: {
          SRA_REGION: 'mars',
          SRA_ACCOUNT: '12',
          SRA_LOCK_LEASE: '20 minutes',
          SRA_PARTITION: 'aws-mars',
        },
      }),
    );

    expect(problems).toHaveLength(4);
    expect(problems).toContain('SRA_ACCOUNT: must be a 12-digit AWS account id');
    expect(problems).toContain('SRA_REGION: must be an AWS region such as us-east-1');
    expect(problems).toContain('SRA_LOCK_LEASE: "20 minutes" is not a duration such as 90s, 20m, 24h or 90d');
    expect(problems.find((p) => p.startsWith('SRA_PARTITION: '))).toBeDefined();
  });

  it('rejects an unknown SRA_ key, naming it', () => {
    expect(problemsOf(() => loadConfig({ env: { ...BASE, SRA_TOPIC: 'x' } }))[0]).toMatch(
      /^SRA_TOPIC: unknown configuration key \(known: SRA_REGION, /,
    );
  });

  it('rejects a topic that is not an SNS topic ARN', () => {
    expect(problemsOf(() => loadConfig({ env: { ...BASE, SRA_TOPIC_ARN: 'alerts' } }))).toEqual([
      'SRA_TOPIC_ARN: must be an SNS topic ARN such as arn:aws:sns:us-east-1:111122223333:alerts',
    ]);
  });

  it('reports an ops root under the root as a layout problem', () => {
    const problems = problemsOf(() => loadConfig({ env: { ...BASE, SRA_OPS_ROOT: '/qlarius/ops' } }));

    expect(problems[0]).toMatch(/^SRA_ROOT\/SRA_STAGE\/SRA_OPS_ROOT\/SRA_CATALOG: .*\/qlarius\/ops/);
  });
});

describe('loadConfig catalog', () => {
  it('merges an override by id, enabling a schedule with its interval', () => {
    const catalog = JSON.stringify([{ id: 'cloak-key', schedule: { enabled: true, every: '30d' } }]);

    const entry = loadConfig({ env: { ...BASE, SRA_CATALOG: catalog } }).catalog.find(
      (e) => e.id === 'cloak-key',
    );

    expect(entry).toEqual({
      id: 'cloak-key',
      path: 'cloak-key',
      strategy: 'cloak-key',
      schedule: { enabled: true, everyMs: 30 * 86_400_000 },
    });
  });

  it('adds a new entry with its path and strategy', () => {
    const catalog = JSON.stringify([{ id: 'db-password', path: 'db/password', strategy: 'none' }]);

    const config = loadConfig({ env: { ...BASE, SRA_CATALOG: catalog } });

    expect(config.layout.canonicalName('db-password')).toBe('/qlarius/db/password');
  });

  it('refuses a new entry without a path, naming the entry', () => {
    const catalog = JSON.stringify([{ id: 'db-password', strategy: 'none' }]);

    expect(problemsOf(() => loadConfig({ env: { ...BASE, SRA_CATALOG: catalog } }))).toEqual([
      'SRA_CATALOG: catalog entry "db-password": a new entry needs both "path" and "strategy"',
    ]);
  });

  it('refuses a schedule on an entry without a strategy', () => {
    const catalog = JSON.stringify([{ id: 'twilio-account-sid', schedule: { enabled: true } }]);

    expect(problemsOf(() => loadConfig({ env: { ...BASE, SRA_CATALOG: catalog } }))).toEqual([
      'SRA_CATALOG: catalog entry "twilio-account-sid": scheduled rotation is enabled but the entry has no strategy',
    ]);
  });

  it('refuses a Twilio entry whose account SID reference is unknown', () => {
    const catalog = JSON.stringify([{ id: 'twilio-auth-token', accountSidSecret: 'nope' }]);

    expect(problemsOf(() => loadConfig({ env: { ...BASE, SRA_CATALOG: catalog } }))).toEqual([
      'SRA_CATALOG: catalog entry "twilio-auth-token": "accountSidSecret" must name the catalog id of the Twilio account SID',
    ]);
  });

  it('refuses an id given twice, naming it', () => {
    const catalog = JSON.stringify([
      { id: 'cloak-key', schedule: { enabled: true } },
      { id: 'cloak-key', schedule: { enabled: false } },
    ]);

    expect(problemsOf(() => loadConfig({ env: { ...BASE, SRA_CATALOG: catalog } }))).toEqual([
      'SRA_CATALOG: catalog entry "cloak-key" appears more than once; give each id once',
    ]);
  });

  it('refuses catalog text that is not JSON', () => {
    expect(problemsOf(() => loadConfig({ env: { ...BASE, SRA_CATALOG: '[{' } }))[0]).toMatch(
      /^SRA_CATALOG: is not valid JSON/,
    );
  });

  it('refuses an unknown field in a catalog entry, naming it', () => {
    const catalog = JSON.stringify([{ id: 'cloak-key', schedul: { enabled: true } }]);

    expect(problemsOf(() => loadConfig({ env: { ...BASE, SRA_CATALOG: catalog } }))[0]).toMatch(
      /^SRA_CATALOG: 0: .*schedul/,
    );
  });
});

describe('loadConfig --config file', () => {
  const dir = mkdtempSync(join(tmpdir(), 'sra-config-'));

  it('reads the same keys from a JSON file, the environment winning', () => {
    const file = join(dir, 'ok.json');
    writeFileSync(file, JSON.stringify({ ...BASE, SRA_STAGE: 'staging', SRA_TABLE: 'from-file' }));

    const config = loadConfig({ file, env: { SRA_TABLE: 'from-env' } });

    expect(config.paths.stage).toBe('staging');
    expect(config.table.name).toBe('from-env');
  });

  it('refuses an unknown key in the file, naming the file and the key', () => {
    const file = join(dir, 'unknown.json');
    writeFileSync(file, JSON.stringify({ ...BASE, root: '/x' }));

    expect(problemsOf(() => loadConfig({ file, env: {} }))[0]).toBe(
      `--config ${file}: root: unknown configuration key (known: SRA_REGION, SRA_ACCOUNT, SRA_PARTITION, SRA_ROOT, SRA_STAGE, SRA_OPS_ROOT, SRA_CATALOG, SRA_TABLE, SRA_TOPIC_ARN, SRA_LOCK_LEASE, SRA_GRACE_PERIOD, SRA_STUCK_AFTER, SRA_OVERDUE_AFTER, SRA_RENOTIFY_INTERVAL, SRA_AUDIT_POLICY, SRA_AUDIT_OVERLAP, SRA_AUDIT_RECONCILE_LOOKBACK, SRA_TWILIO_API_URL, SRA_TWILIO_ACCOUNTS_URL)`,
    );
  });

  it('refuses a file that is not JSON', () => {
    const file = join(dir, 'bad.json');
    writeFileSync(file, 'SRA_ROOT=/x');

    expect(problemsOf(() => loadConfig({ file, env: {} }))[0]).toMatch(/cannot be read as JSON/);
  });
});
