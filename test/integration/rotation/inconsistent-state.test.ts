import { LabelParameterVersionCommand, PutParameterCommand } from '@aws-sdk/client-ssm';
import { describe, expect, it } from 'vitest';
import { putState } from '../../../shared/ops-state/index.ts';
import { KEY_ID, NAMES, useRotationFixture } from './rotation-fixture.ts';

const fx = useRotationFixture();

async function label(name: string, version: number, labels: string[]) {
  await fx.h.ssm.send(
    new LabelParameterVersionCommand({ Name: name, ParameterVersion: version, Labels: labels }),
  );
}

async function inconsistentAlert() {
  return (await fx.outbox()).find((m) => m.attributes.kind?.Value === 'inconsistent-state');
}

describe('C-07: inconsistent states are refused, alerted and repaired', () => {
  it('a pending value with no rotation state is refused and names sra cancel', async () => {
    await fx.seedAdopted();
    await fx.h.ssm.send(
      new PutParameterCommand({
        Name: NAMES.cloakPending,
        Value: 'c3RyYXk=',
        Type: 'SecureString',
        KeyId: KEY_ID,
      }),
    );

    const result = await fx.act({ action: 'rotate', secret: 'cloak-key' });

    expect(result).toMatchObject({
      ok: false,
      outcome: 'refused',
      error: { code: 'inconsistent-state', remedy: 'repair with: sra cancel cloak-key' },
    });
    expect(result.error?.message).toContain('a pending value exists for cloak-key');
    expect((await inconsistentAlert())?.subject).toBe(
      'HIGH: Inconsistent rotation state of cloak-key: pending-without-rotation',
    );
    expect((await fx.history(NAMES.cloak)).length).toBe(1);
  });

  it('the stray pending value is repaired by cancel, and the rotation then runs', async () => {
    await fx.seedAdopted();
    await fx.h.ssm.send(
      new PutParameterCommand({
        Name: NAMES.cloakPending,
        Value: 'c3RyYXk=',
        Type: 'SecureString',
        KeyId: KEY_ID,
      }),
    );

    const cancelled = await fx.act({ action: 'cancel', secret: 'cloak-key' });
    const rotated = await fx.act({ action: 'rotate', secret: 'cloak-key' });

    expect(cancelled).toMatchObject({ ok: true, outcome: 'done' });
    expect(rotated).toMatchObject({ ok: true, outcome: 'done' });
  });

  it('a state naming a version that does not exist is refused and names the relabel command', async () => {
    await fx.seedAdopted();
    await putState(
      fx.table,
      'cloak-key',
      {
        secretId: 'cloak-key',
        phase: 'awaiting-reencryption',
        rotationId: 'r-1',
        fromVersion: 1,
        toVersion: 7,
      },
      0,
    );

    const result = await fx.act({ action: 'retire', secret: 'cloak-key', confirm: true });

    expect(result).toMatchObject({
      ok: false,
      outcome: 'refused',
      error: {
        code: 'inconsistent-state',
        remedy: 'repair with: sra relabel cloak-key --current 1 --confirm',
      },
    });
    expect(result.error?.message).toContain('names version 7 (toVersion) which does not exist');
  });

  it('previous on a newer version than current is refused by the tick, and relabel repairs it', async () => {
    await fx.seedAdopted();
    await fx.putByHand(NAMES.token, 'ffffffffffffffffffffffffffffffff');
    await label(NAMES.token, 2, ['previous']);

    const tick = await fx.tick();
    const refused = tick.secrets.find((s) => s.secret === 'twilio-auth-token');
    const repaired = await fx.act({
      action: 'relabel',
      secret: 'twilio-auth-token',
      versions: { current: 2, previous: 1 },
      confirm: true,
    });

    expect(refused?.error).toMatchObject({
      code: 'inconsistent-state',
      remedy: 'repair with: sra relabel twilio-auth-token --current 2 --previous 1 --confirm',
    });
    expect((await inconsistentAlert())?.subject).toBe(
      'HIGH: Inconsistent rotation state of twilio-auth-token: previous-newer-than-current',
    );
    expect(repaired).toMatchObject({ ok: true, outcome: 'done' });
    expect((await fx.history(NAMES.token)).map((v) => v.labels)).toEqual([['previous'], ['current']]);
  });

  it('relabel without confirmation is refused and moves nothing', async () => {
    await fx.seedAdopted();
    await fx.putByHand(NAMES.cloak, Buffer.alloc(32, 7).toString('base64'));

    const result = await fx.act({
      action: 'relabel',
      secret: 'cloak-key',
      versions: { current: 2, previous: 1 },
    });

    expect(result).toMatchObject({ ok: false, error: { code: 'confirmation-required' } });
    expect((await fx.history(NAMES.cloak)).map((v) => v.labels)).toEqual([['current'], []]);
  });

  it('relabel refuses current on a version other than the latest', async () => {
    await fx.seedAdopted();
    await fx.putByHand(NAMES.cloak, Buffer.alloc(32, 7).toString('base64'));

    const result = await fx.act({
      action: 'relabel',
      secret: 'cloak-key',
      versions: { current: 1 },
      confirm: true,
    });

    expect(result).toMatchObject({ ok: false, error: { code: 'bad-versions' } });
    expect(result.error?.message).toBe(
      'current must be the latest version 2 (what plain reads return), not 1',
    );
  });
});

describe('C-01: the 100-version limit with a foreign label on the oldest version', () => {
  it('refuses before anything changes, naming the remedy, and alerts rotation-refused', async () => {
    await fx.seedAdopted();
    const items = Array.from({ length: 99 }, (_, i) => ({
      name: NAMES.cloak,
      value: Buffer.alloc(32, i + 1).toString('base64'),
      type: 'SecureString',
      keyId: KEY_ID,
    }));
    await fx.h.control('POST', 'ssm/parameters', items);
    await label(NAMES.cloak, 1, ['release-2024']);
    await label(NAMES.cloak, 100, ['current']);

    const result = await fx.act({ action: 'rotate', secret: 'cloak-key' });

    expect(result).toMatchObject({ ok: false, outcome: 'refused', error: { code: 'version-limit' } });
    expect(result.error?.remedy).toContain(
      'aws ssm unlabel-parameter-version --name /qlarius/cloak-key --parameter-version 1 --labels release-2024',
    );
    expect((await fx.history(NAMES.cloak)).length).toBe(100);
    expect(await fx.history(NAMES.cloakPending)).toEqual([]);
    expect(await fx.state('cloak-key')).toBeUndefined();
    expect(await fx.alertKinds()).toEqual(['rotation-refused']);
  });

  it('below the limit a foreign label on the oldest version is a warning and is left alone', async () => {
    await fx.seedAdopted();
    await fx.putByHand(NAMES.cloak, Buffer.alloc(32, 9).toString('base64'));
    await label(NAMES.cloak, 2, ['current']);
    await label(NAMES.cloak, 1, ['release-2024']);

    const result = await fx.act({ action: 'rotate', secret: 'cloak-key' });

    expect(result.ok).toBe(true);
    expect(result.warnings[0]).toContain(
      'the oldest version 1 of /qlarius/cloak-key carries the label(s) release-2024',
    );
    expect((await fx.history(NAMES.cloak)).map((v) => v.labels)).toEqual([
      ['release-2024'],
      ['previous'],
      ['current'],
    ]);
  });
});

describe('drift: a version written outside the rotation', () => {
  it('is adopted while idle with a high alert, the former current kept as previous', async () => {
    await fx.seedAdopted();
    await fx.putByHand(NAMES.token, 'eeeeeeeeeeeeeeeeeeeeeeeeeeeeeeee');

    await fx.tick();

    expect((await fx.history(NAMES.token)).map((v) => v.labels)).toEqual([['previous'], ['current']]);
    const drift = (await fx.outbox()).find((m) => m.attributes.kind?.Value === 'drift');
    expect(drift?.attributes.severity?.Value).toBe('high');
  });

  it('is not adopted while a cloak key awaits re-encryption: critical alert, nothing changed', async () => {
    await fx.seedAdopted();
    await fx.act({ action: 'rotate', secret: 'cloak-key' });
    await fx.putByHand(NAMES.cloak, Buffer.alloc(32, 3).toString('base64'));

    const tick = await fx.tick();

    expect(tick.secrets.find((s) => s.secret === 'cloak-key')?.error?.code).toBe('drift-before-retirement');
    expect((await fx.history(NAMES.cloak)).map((v) => v.labels)).toEqual([['previous'], ['current'], []]);
    const drift = (await fx.outbox()).find((m) => m.attributes.kind?.Value === 'drift');
    expect(drift?.attributes.severity?.Value).toBe('critical');
  });

  it('adopted drift of a cloak key must be retired before the next rotation', async () => {
    await fx.seedAdopted();
    await fx.putByHand(NAMES.cloak, Buffer.alloc(32, 4).toString('base64'));
    await fx.tick();

    const result = await fx.act({ action: 'rotate', secret: 'cloak-key' });

    expect(result).toMatchObject({ ok: false, error: { code: 'previous-not-retired' } });
  });
});
