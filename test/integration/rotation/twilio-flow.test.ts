import { describe, expect, it } from 'vitest';
import { GRACE_MS, KEY_ID, NAMES, useRotationFixture } from './rotation-fixture.ts';

const fx = useRotationFixture();

async function rotated() {
  const seeded = await fx.seedOrigin();
  await fx.tick();
  const result = await fx.act({ action: 'rotate', secret: 'twilio-auth-token' });
  return { seeded, result };
}

describe('twilio-auth-token flow from the origin layout', () => {
  it('rotate promotes the secondary token in SSM and leaves both tokens working', async () => {
    const { seeded, result } = await rotated();

    expect(result).toMatchObject({ ok: true, outcome: 'done', view: { phase: 'awaiting-retire' } });
    const history = await fx.history(NAMES.token);
    expect(history.map((v) => [v.version, v.labels, v.keyId])).toEqual([
      [1, ['previous'], KEY_ID],
      [2, ['current'], KEY_ID],
    ]);
    const tokens = await fx.tokens();
    expect(tokens.primary).toBe(seeded.authToken);
    expect(tokens.secondary).toBe(history[1]?.value);
    expect(await fx.history(NAMES.tokenPending)).toEqual([]);
  });

  it('tick before the grace period ends leaves both tokens working', async () => {
    const { seeded } = await rotated();
    fx.clock.advance(GRACE_MS - 60_000);

    await fx.tick();

    expect((await fx.tokens()).primary).toBe(seeded.authToken);
    expect(await fx.state('twilio-auth-token')).toMatchObject({ phase: 'awaiting-retire' });
  });

  it('tick after the grace period promotes the token in Twilio: the old one dies', async () => {
    await rotated();
    fx.clock.advance(GRACE_MS);

    await fx.tick();

    const history = await fx.history(NAMES.token);
    const tokens = await fx.tokens();
    expect(tokens).toMatchObject({ primary: history[1]?.value, secondary: null });
    expect(await fx.state('twilio-auth-token')).toMatchObject({
      phase: 'idle',
      fromVersion: 1,
      toVersion: 2,
    });
    expect(await fx.alertKinds()).toEqual(['adopted', 'adopted', 'rotated', 'retired']);
  });

  it('retire before the grace period is refused with the remedy, nothing changed', async () => {
    const { seeded } = await rotated();

    const result = await fx.act({ action: 'retire', secret: 'twilio-auth-token' });

    expect(result).toMatchObject({ ok: false, outcome: 'refused', error: { code: 'grace-period' } });
    expect(result.error?.remedy).toContain('sra retire twilio-auth-token --now');
    expect((await fx.tokens()).primary).toBe(seeded.authToken);
  });

  it('retire with now skips the grace period (a leaked token)', async () => {
    const { seeded } = await rotated();

    const result = await fx.act({ action: 'retire', secret: 'twilio-auth-token', now: true });

    expect(result).toMatchObject({ ok: true, outcome: 'done', view: { phase: 'idle' } });
    expect((await fx.tokens()).primary).not.toBe(seeded.authToken);
  });

  it('rotate while awaiting retirement is refused and alerted', async () => {
    await rotated();

    const result = await fx.act({ action: 'rotate', secret: 'twilio-auth-token' });

    expect(result).toMatchObject({ ok: false, outcome: 'refused', error: { code: 'awaiting-retire' } });
    expect((await fx.history(NAMES.token)).length).toBe(2);
    expect(await fx.alertKinds()).toContain('rotation-refused');
  });

  it('cancel while awaiting retirement is refused', async () => {
    await rotated();

    const result = await fx.act({ action: 'cancel', secret: 'twilio-auth-token' });

    expect(result).toMatchObject({ ok: false, outcome: 'refused', error: { code: 'awaiting-retire' } });
    expect((await fx.tokens()).secondary).not.toBeNull();
  });

  it('rollback while awaiting retirement writes the old token back and deletes the secondary', async () => {
    const { seeded } = await rotated();

    const result = await fx.act({ action: 'rollback', secret: 'twilio-auth-token' });

    expect(result).toMatchObject({ ok: true, outcome: 'done', view: { phase: 'idle' } });
    const history = await fx.history(NAMES.token);
    expect(history.map((v) => [v.version, v.labels, v.keyId])).toEqual([
      [1, [], KEY_ID],
      [2, ['previous'], KEY_ID],
      [3, ['current'], KEY_ID],
    ]);
    expect(history[2]?.value).toBe(seeded.authToken);
    expect(await fx.tokens()).toMatchObject({ primary: seeded.authToken, secondary: null });
  });

  it('rollback after retirement is refused: the old token is dead', async () => {
    await rotated();
    await fx.act({ action: 'retire', secret: 'twilio-auth-token', now: true });

    const result = await fx.act({ action: 'rollback', secret: 'twilio-auth-token' });

    expect(result).toMatchObject({ ok: false, outcome: 'refused', error: { code: 'nothing-to-roll-back' } });
  });

  it('a secondary token created by a person is deleted and created again', async () => {
    await fx.seedOrigin();
    await fx.tick();
    await fx.h.control('POST', 'twilio/secondary');
    const personal = (await fx.tokens()).secondary;

    const result = await fx.act({ action: 'rotate', secret: 'twilio-auth-token' });

    expect(result).toMatchObject({ ok: true, outcome: 'done' });
    expect(result.done).toContain('deleted an existing Twilio secondary token whose value was unknown');
    const tokens = await fx.tokens();
    expect(tokens.secondary).not.toBe(personal);
    expect(tokens.secondary).toBe((await fx.history(NAMES.token))[1]?.value);
  });

  it('a stored token Twilio no longer accepts fails with a critical token-invalid alert', async () => {
    await fx.seedOrigin();
    await fx.tick();
    await fx.h.control('POST', 'twilio/account', {});

    const result = await fx.act({ action: 'rotate', secret: 'twilio-auth-token' });

    expect(result).toMatchObject({ ok: false, outcome: 'failed', error: { code: 'token-invalid' } });
    const alert = (await fx.outbox()).find((m) => m.attributes.kind?.Value === 'token-invalid');
    expect(alert?.attributes.severity?.Value).toBe('critical');
    expect((await fx.history(NAMES.token)).length).toBe(1);
  });

  it('429 on every attempt to create the secondary fails cleanly with rotation-failed, then resume converges', async () => {
    await fx.seedOrigin();
    await fx.tick();
    await fx.fault({
      service: 'twilio',
      action: 'CreateSecondaryAuthToken',
      error: { code: '20429', status: 429, message: 'Too many requests' },
    });

    const failed = await fx.act({ action: 'rotate', secret: 'twilio-auth-token' });
    await fx.clearFaults();
    const resumed = await fx.act({ action: 'resume', secret: 'twilio-auth-token' });

    expect(failed).toMatchObject({ ok: false, outcome: 'failed', error: { code: 'twilio-ratelimit' } });
    expect(await fx.alertKinds()).toContain('rotation-failed');
    expect(resumed).toMatchObject({ ok: true, outcome: 'done', view: { phase: 'awaiting-retire' } });
    expect((await fx.history(NAMES.token)).map((v) => v.labels)).toEqual([['previous'], ['current']]);
  });
});
