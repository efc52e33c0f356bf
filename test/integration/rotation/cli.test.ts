import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { runSra, type SraRun } from '../../helpers/run-sra.ts';
import { LOCAL_ACCOUNT, LOCAL_REGION } from '../helpers/local-clients.ts';
import { closeRecorders, recordCalls, recordedDeps } from './call-recorder.ts';
import { LEASE_MS, NAMES, useRotationFixture } from './rotation-fixture.ts';

const fx = useRotationFixture();

async function sra(...args: string[]): Promise<SraRun> {
  const result = await runSra(...args);
  fx.keep(`sra ${args.join(' ')}`, result.out + result.err);
  return result;
}

describe('sra rotation commands against the stand-ins', () => {
  beforeEach(() => {
    const env: Record<string, string> = {
      AWS_ENDPOINT_URL: fx.h.local.url,
      AWS_REGION: LOCAL_REGION,
      AWS_ACCESS_KEY_ID: 'AKIAIOSFODNN7EXAMPLE',
      AWS_SECRET_ACCESS_KEY: 'local-secret',
      SRA_REGION: LOCAL_REGION,
      SRA_ACCOUNT: LOCAL_ACCOUNT,
      SRA_TABLE: fx.table.tableName,
      SRA_TOPIC_ARN: fx.topicArn,
      SRA_TWILIO_API_URL: fx.h.local.url,
      SRA_TWILIO_ACCOUNTS_URL: fx.h.local.url,
      SRA_LOCAL_CONTROL_URL: fx.h.local.controlUrl,
    };
    for (const [key, value] of Object.entries(env)) vi.stubEnv(key, value);
  });
  afterEach(() => {
    vi.unstubAllEnvs();
  });

  it('rotate prints what was done and exits 0', async () => {
    await fx.seedAdopted();

    const result = await sra('rotate', 'cloak-key');

    expect(result.code).toBe(0);
    expect(result.out).toMatch(/^rotate cloak-key: done \(rotation [0-9a-f-]+\)\n/);
    expect(result.out).toContain('  labelled: v2 current AES.GCM.');
    expect(result.out).toContain('  alerts: rotated delivered');
    expect((await fx.history(NAMES.cloak)).length).toBe(2);
  });

  it('a refusal exits 1 and prints the remedy', async () => {
    await fx.seedAdopted();
    await sra('rotate', 'cloak-key');

    const result = await sra('retire', 'cloak-key');

    expect(result.code).toBe(1);
    expect(result.out).toContain('  error: confirmation-required: ');
    expect(result.out).toContain('  remedy: run the Cloak migration, then sra retire cloak-key --confirm');
  });

  it('retire --confirm ends the cloak rotation', async () => {
    await fx.seedAdopted();
    await sra('rotate', 'cloak-key');

    const result = await sra('retire', 'cloak-key', '--confirm', '--json');

    expect(result.code).toBe(0);
    expect(JSON.parse(result.out)).toMatchObject({ outcome: 'done', view: { phase: 'idle' } });
  });

  it('an unknown secret exits 2 naming the field, and nothing runs', async () => {
    const result = await sra('rotate', 'twilio-account-sid');

    expect(result.code).toBe(2);
    expect(result.err).toBe(
      'sra: invalid rotate request: secret: unknown secret "twilio-account-sid"; rotated secrets: cloak-key, twilio-auth-token\n',
    );
  });

  it('relabel with a bad version exits 2 saying the flag must be a version number', async () => {
    const result = await sra('relabel', 'cloak-key', '--current', 'abc', '--confirm');

    expect(result.code).toBe(2);
    expect(result.err).toBe('sra: invalid relabel request: --current must be a version number\n');
  });

  it('retire cloak-key --now says --now is for the Twilio token and the key needs --confirm', async () => {
    await fx.seedAdopted();
    await sra('rotate', 'cloak-key');

    const result = await sra('retire', 'cloak-key', '--now');

    expect(result.code).toBe(1);
    expect(result.out).toContain(
      '  error: confirmation-required: --now applies to the Twilio auth token (it skips the grace period); a cloak key has no grace period to skip: it is retired with --confirm once every row was re-encrypted with the current key\n',
    );
  });

  it('rotate after drift of a cloak key reports adopted-then-refused and exits 1', async () => {
    await fx.seedAdopted();
    await fx.putByHand(NAMES.cloak, Buffer.alloc(32, 8).toString('base64'));

    const result = await sra('rotate', 'cloak-key');

    expect(result.code).toBe(1);
    expect(result.out).toMatch(/^rotate cloak-key: adopted-then-refused \(rotation drift-v2\)\n/);
    expect(result.out).toContain('  - adopted drift: version 2 is `current`, version 1 `previous`\n');
    expect(result.out).toContain('  error: previous-not-retired: ');
  });

  it('status exits 1 when a rotation failed part-way with a last error', async () => {
    await fx.seedAdopted();
    const serverError = {
      code: 'InternalServerError',
      status: 500,
      message: 'An error occurred on the server side.',
    };
    await fx.fault({ service: 'ssm', action: 'PutParameter', error: serverError, nth: 2 });
    await sra('rotate', 'cloak-key');
    await fx.clearFaults();

    const result = await sra('status', 'cloak-key');

    expect(result.code).toBe(1);
    expect(result.out).toContain(
      '  needs attention: the last run failed at promote (write-unconfirmed); fix the cause, then sra resume cloak-key or sra cancel cloak-key\n',
    );
  });

  it('status exits 1 when a rotation is in progress and its lock is held by a dead run', async () => {
    await fx.seedAdopted();
    await fx.fault({ service: 'ssm', action: 'DeleteParameter', drop: 'before', times: 1 });
    const recorder = recordCalls(fx);
    await fx.act({ action: 'rotate', secret: 'cloak-key' }, recordedDeps(fx, recorder));
    closeRecorders(fx);
    fx.clock.advance(LEASE_MS + 1);

    const result = await sra('status', 'cloak-key');

    expect(result.code).toBe(1);
    expect(result.out).toMatch(
      / {2}needs attention: rotation [0-9a-f-]+ is in phase promoting and no live run holds its lock \(it died or was interrupted\): sra resume cloak-key or sra cancel cloak-key\n/,
    );
  });

  it('status --json lists both rotated secrets and exits 0 when nothing is blocked', async () => {
    await fx.seedAdopted();

    const result = await sra('status', '--json');

    expect(result.code).toBe(0);
    expect(JSON.parse(result.out).secrets.map((s: { secret: string }) => s.secret)).toEqual([
      'cloak-key',
      'twilio-auth-token',
    ]);
  });

  it('rotate --dry-run changes nothing and exits 0', async () => {
    await fx.seedAdopted();

    const result = await sra('rotate', 'twilio-auth-token', '--dry-run');

    expect(result.code).toBe(0);
    expect(result.out).toContain('rotate twilio-auth-token: dry-run');
    expect((await fx.tokens()).secondary).toBeNull();
  });
});
