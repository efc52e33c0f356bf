import { LabelParameterVersionCommand } from '@aws-sdk/client-ssm';
import { describe, expect, it } from 'vitest';
import { GRACE_MS, KEY_ID, NAMES, useRotationFixture } from './rotation-fixture.ts';

const fx = useRotationFixture();
const HOUR = 60 * 60_000;
const DAY = 24 * HOUR;
const everyDay = (id: string) => JSON.stringify([{ id, schedule: { enabled: true, every: '1d' } }]);

describe('scheduled rotation (tick)', () => {
  it('never rotates on adoption, and counts the interval from the adoption', async () => {
    fx.configure({ SRA_CATALOG: everyDay('cloak-key') });
    await fx.seedOrigin();

    await fx.tick();
    fx.clock.advance(DAY - 60_000);
    await fx.tick();
    const before = (await fx.history(NAMES.cloak)).length;
    fx.clock.advance(60_000);
    await fx.tick();

    expect(before).toBe(1);
    expect((await fx.history(NAMES.cloak)).map((v) => v.labels)).toEqual([['previous'], ['current']]);
    expect(await fx.state('cloak-key')).toMatchObject({
      phase: 'awaiting-reencryption',
      trigger: 'schedule',
    });
  });

  it('does not rotate a secret whose schedule is off', async () => {
    await fx.seedOrigin();
    await fx.tick();
    fx.clock.advance(365 * DAY);

    await fx.tick();

    expect((await fx.history(NAMES.cloak)).length).toBe(1);
    expect((await fx.history(NAMES.token)).length).toBe(1);
  });

  it('counts the next interval from the last promotion', async () => {
    fx.configure({ SRA_CATALOG: everyDay('twilio-auth-token') });
    await fx.seedAdopted();
    const promotedAt = fx.clock.now().getTime();
    await fx.act({ action: 'rotate', secret: 'twilio-auth-token' });
    fx.clock.advance(GRACE_MS);
    await fx.tick();

    const status = await fx.act({ action: 'resume', secret: 'twilio-auth-token' });

    expect(status.view?.nextDue).toBe(new Date(promotedAt + DAY).toISOString());
  });
});

describe('standing conditions alert when they appear, then once per re-notify interval', () => {
  it('a rotation stuck on a failing step is resumed by each tick and alerted stuck once a day', async () => {
    await fx.seedAdopted();
    await fx.fault({
      service: 'twilio',
      action: 'FetchAccount',
      error: { code: '20500', status: 500, message: 'Internal Server Error' },
    });
    await fx.act({ action: 'rotate', secret: 'twilio-auth-token' });

    for (let hour = 1; hour <= 28; hour += 1) {
      fx.clock.advance(HOUR);
      await fx.tick();
    }

    expect((await fx.alertKinds()).filter((k) => k === 'stuck')).toHaveLength(2);
    expect(await fx.state('twilio-auth-token')).toMatchObject({
      phase: 'created',
      lastError: { step: 'test' },
    });
  });

  it('a cloak key awaiting re-encryption past the grace period gets retirement-due, not a retirement', async () => {
    await fx.seedAdopted();
    await fx.act({ action: 'rotate', secret: 'cloak-key' });
    fx.clock.advance(GRACE_MS);

    await fx.tick();
    fx.clock.advance(HOUR);
    await fx.tick();

    expect((await fx.alertKinds()).filter((k) => k === 'retirement-due')).toHaveLength(1);
    expect(await fx.state('cloak-key')).toMatchObject({ phase: 'awaiting-reencryption' });
    expect((await fx.history(NAMES.cloak)).map((v) => v.labels)).toEqual([['previous'], ['current']]);
  });

  it('a refused scheduled rotation becomes overdue a tenth of its interval past due', async () => {
    fx.configure({
      SRA_CATALOG: JSON.stringify([{ id: 'cloak-key', schedule: { enabled: true, every: '10d' } }]),
    });
    await fx.seedOrigin();
    await fx.tick();
    await fx.h.control(
      'POST',
      'ssm/parameters',
      Array.from({ length: 99 }, (_, i) => ({
        name: NAMES.cloak,
        value: Buffer.alloc(32, i + 1).toString('base64'),
        type: 'SecureString',
        keyId: KEY_ID,
      })),
    );
    await fx.h.ssm.send(
      new LabelParameterVersionCommand({ Name: NAMES.cloak, ParameterVersion: 100, Labels: ['current'] }),
    );
    await fx.h.ssm.send(
      new LabelParameterVersionCommand({ Name: NAMES.cloak, ParameterVersion: 1, Labels: ['pinned'] }),
    );
    await fx.act({ action: 'relabel', secret: 'cloak-key', versions: { current: 100 }, confirm: true });

    fx.clock.advance(10 * DAY);
    await fx.tick();
    const early = await fx.alertKinds();
    fx.clock.advance(DAY + 1);
    await fx.tick();

    expect(early).not.toContain('overdue');
    expect(await fx.alertKinds()).toContain('overdue');
  });
});
