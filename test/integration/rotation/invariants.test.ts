import { createHash } from 'node:crypto';
import { GetParameterCommand, LabelParameterVersionCommand } from '@aws-sdk/client-ssm';
import { describe, expect, it } from 'vitest';
import type { StatusResult } from '../../../shared/rotation/index.ts';
import { GRACE_MS, KEY_ID, NAMES, useRotationFixture } from './rotation-fixture.ts';

const fx = useRotationFixture();

/** The consumer guide's tag: `AES.GCM.` and the first 8 hex digits of SHA-256 of the key bytes. */
const tagOf = (key: string) =>
  `AES.GCM.${createHash('sha256').update(Buffer.from(key, 'base64')).digest('hex').slice(0, 8)}`;

async function cloudTrailWrites(): Promise<Array<{ eventName: string; name: string }>> {
  const { records } = (await fx.h.control('GET', 'cloudtrail/records')).body as {
    records: { record: { eventName: string; requestParameters: { name?: string } | null } }[];
  };
  return records
    .map((r) => ({ eventName: r.record.eventName, name: r.record.requestParameters?.name ?? '' }))
    .filter((r) => !r.eventName.startsWith('Get'));
}

describe('invariant 1: readers never see an untested value', () => {
  it('a rotation whose test fails leaves the plain name on the old value; the pending value sits in the ops namespace under the same key', async () => {
    const seeded = await fx.seedAdopted();
    await fx.fault({
      service: 'twilio',
      action: 'FetchAccount',
      error: { code: '20500', status: 500, message: 'Internal Server Error' },
    });

    const result = await fx.act({ action: 'rotate', secret: 'twilio-auth-token' });
    const plain = await fx.h.ssm.send(new GetParameterCommand({ Name: NAMES.token, WithDecryption: true }));

    expect(result).toMatchObject({ ok: false, error: { code: 'twilio-server' } });
    expect(plain.Parameter?.Value).toBe(seeded.authToken);
    expect((await fx.history(NAMES.token)).length).toBe(1);
    expect((await fx.history(NAMES.tokenPending)).map((v) => v.keyId)).toEqual([KEY_ID]);
  });

  it('only promote writes the canonical parameter, once', async () => {
    await fx.seedAdopted();

    await fx.act({ action: 'rotate', secret: 'cloak-key' });

    expect((await cloudTrailWrites()).filter((w) => w.eventName === 'PutParameter')).toEqual([
      { eventName: 'PutParameter', name: NAMES.cloakPending },
      { eventName: 'PutParameter', name: NAMES.cloak },
    ]);
  });
});

describe('invariant 2: labels', () => {
  it('after two rotations the newest is current, the one before previous, and foreign labels stay', async () => {
    await fx.seedAdopted();
    await fx.h.ssm.send(
      new LabelParameterVersionCommand({ Name: NAMES.cloak, ParameterVersion: 1, Labels: ['release-1'] }),
    );
    await fx.act({ action: 'rotate', secret: 'cloak-key' });
    await fx.act({ action: 'retire', secret: 'cloak-key', confirm: true });

    await fx.act({ action: 'rotate', secret: 'cloak-key' });

    expect((await fx.history(NAMES.cloak)).map((v) => [v.version, v.labels])).toEqual([
      [1, ['release-1']],
      [2, ['previous']],
      [3, ['current']],
    ]);
    const labelWrites = (await cloudTrailWrites()).filter((w) => w.eventName === 'LabelParameterVersion');
    expect(labelWrites.every((w) => w.name === NAMES.cloak)).toBe(true);
  });
});

describe('invariant 3: nothing is lost', () => {
  it('a cloak key stays previous until the operator confirms, and a new rotation is refused until then', async () => {
    const seeded = await fx.seedAdopted();
    await fx.act({ action: 'rotate', secret: 'cloak-key' });
    fx.clock.advance(GRACE_MS * 30);
    await fx.tick();

    const refused = await fx.act({ action: 'rotate', secret: 'cloak-key' });
    const unconfirmed = await fx.act({ action: 'retire', secret: 'cloak-key' });
    const previous = await fx.h.ssm.send(
      new GetParameterCommand({ Name: `${NAMES.cloak}:previous`, WithDecryption: true }),
    );

    expect(refused).toMatchObject({ ok: false, error: { code: 'previous-not-retired' } });
    expect(unconfirmed).toMatchObject({ ok: false, error: { code: 'confirmation-required' } });
    expect(previous.Parameter?.Value).toBe(seeded.cloakKey);
  });

  it('no canonical parameter is ever deleted by a full flow of both strategies and their repairs', async () => {
    await fx.seedAdopted();
    await fx.act({ action: 'rotate', secret: 'cloak-key' });
    await fx.act({ action: 'rollback', secret: 'cloak-key' });
    await fx.act({ action: 'rotate', secret: 'twilio-auth-token' });
    await fx.act({ action: 'rollback', secret: 'twilio-auth-token' });
    await fx.act({ action: 'rotate', secret: 'twilio-auth-token' });
    await fx.act({ action: 'retire', secret: 'twilio-auth-token', now: true });

    const deletes = (await cloudTrailWrites()).filter((w) => w.eventName === 'DeleteParameter');

    expect(deletes.map((d) => d.name).sort()).toEqual([
      NAMES.cloakPending,
      NAMES.tokenPending,
      NAMES.tokenPending,
    ]);
  });
});

describe('C-10: Cloak tags from key fingerprints', () => {
  it('status shows the tag of each labelled key, and a rollback that writes an old key again keeps its tag', async () => {
    const seeded = await fx.seedAdopted();
    await fx.act({ action: 'rotate', secret: 'cloak-key' });
    const newKey = (await fx.history(NAMES.cloak))[1]?.value ?? '';

    await fx.act({ action: 'rollback', secret: 'cloak-key' });
    const status = (await fx.act({ action: 'status', secret: 'cloak-key' })) as unknown as StatusResult;

    expect(status.secrets[0]?.view.labelled).toEqual([
      { version: 3, labels: ['current'], tag: tagOf(seeded.cloakKey) },
      { version: 2, labels: ['previous'], tag: tagOf(newKey) },
    ]);
    expect(status.secrets[0]?.state.phase).toBe('awaiting-reencryption');
  });
});

describe('dry run changes nothing', () => {
  for (const payload of [
    { action: 'rotate', secret: 'twilio-auth-token' },
    { action: 'cancel', secret: 'twilio-auth-token' },
    { action: 'retire', secret: 'twilio-auth-token', now: true },
    { action: 'rollback', secret: 'twilio-auth-token' },
    { action: 'relabel', secret: 'twilio-auth-token', versions: { current: 2, previous: 1 }, confirm: true },
  ] as const) {
    it(`${payload.action} --dry-run reports what it would do and writes nothing`, async () => {
      await fx.seedAdopted();
      if (payload.action !== 'rotate') await fx.act({ action: 'rotate', secret: 'twilio-auth-token' });
      const writesBefore = (await cloudTrailWrites()).length;
      const stateBefore = await fx.state('twilio-auth-token');
      const kindsBefore = await fx.alertKinds();

      const result = await fx.act({ ...payload, dryRun: true });

      expect(result.outcome === 'dry-run' || result.outcome === 'refused').toBe(true);
      expect((await cloudTrailWrites()).length).toBe(writesBefore);
      expect(await fx.state('twilio-auth-token')).toEqual(stateBefore);
      expect(await fx.alertKinds()).toEqual(kindsBefore);
      expect(await fx.lockHeld('twilio-auth-token')).toBe(false);
    });
  }

  it('rotate --dry-run lists the steps', async () => {
    await fx.seedAdopted();

    const result = await fx.act({ action: 'rotate', secret: 'cloak-key', dryRun: true });

    expect(result.wouldDo).toEqual([
      'generate a 32-byte key from the CSPRNG and store it as the pending value',
      '(pending value in /qlarius-rotation/cloak-key/pending, encrypted with the KMS key of /qlarius/cloak-key)',
      'test: the key decodes to 32 bytes and differs from every retained version',
      'label version 1 `previous`, write version 2 of /qlarius/cloak-key (same KMS key)',
      'label the new version `current`, delete the pending value, alert `rotated`',
      'then wait for re-encryption and sra retire cloak-key --confirm',
    ]);
  });
});

describe('invariant 6: no secret value leaves through a side door', () => {
  it('logs were written and carry none of the values (the file-wide scan checks every output)', async () => {
    const seeded = await fx.seedAdopted();
    await fx.fault({
      service: 'ssm',
      action: 'PutParameter',
      error: { code: 'InternalServerError', status: 500 },
      nth: 2,
    });

    const result = await fx.act({ action: 'rotate', secret: 'cloak-key' });

    expect(result.outcome).toBe('failed');
    expect(fx.logs.lines.length).toBeGreaterThan(0);
    expect(fx.logs.lines.some((line) => line.includes(seeded.cloakKey))).toBe(false);
    expect(JSON.stringify(result)).not.toContain(seeded.cloakKey);
  });
});
