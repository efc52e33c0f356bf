/** The flows of the crash matrix and the fault tests, with the end state of an uninterrupted run. */
import { expect } from 'vitest';
import { type CrashFlow, undeliveredAlerts } from './crash-matrix.ts';
import { GRACE_MS, KEY_ID, NAMES } from './rotation-fixture.ts';

export const CLOAK_ROTATION_ID = 'crash-matrix-cloak';
export const TWILIO_ROTATION_ID = 'crash-matrix-twilio';

/** Cloak key: rotate, then retire with the operator's confirmation. */
export const cloakFlow: CrashFlow = {
  start: 'adopted',
  steps: [
    {
      name: 'rotate',
      run: (fx, deps) =>
        fx.act({ action: 'rotate', secret: 'cloak-key' }, deps, { rotationId: CLOAK_ROTATION_ID }),
    },
    {
      name: 'retire',
      run: (fx, deps) => fx.act({ action: 'retire', secret: 'cloak-key', confirm: true }, deps),
    },
  ],
  async assertEnd(fx, seeded) {
    const history = await fx.history(NAMES.cloak);
    expect(history.map((v) => [v.version, v.labels, v.keyId])).toEqual([
      [1, ['previous'], KEY_ID],
      [2, ['current'], KEY_ID],
    ]);
    expect(history[1]?.value).not.toBe(seeded.cloakKey);
    expect(Buffer.from(history[1]?.value ?? '', 'base64')).toHaveLength(32);
    expect(await fx.history(NAMES.cloakPending)).toEqual([]);
    expect(await fx.lockHeld('cloak-key')).toBe(false);
    expect(await fx.state('cloak-key')).toMatchObject({
      phase: 'idle',
      rotationId: CLOAK_ROTATION_ID,
      fromVersion: 1,
      toVersion: 2,
    });
    const kinds = await fx.alertKinds();
    expect(kinds).toContain('rotated');
    expect(kinds).toContain('retired');
    expect(await undeliveredAlerts(fx)).toBe(0);
  },
};

/** Twilio: rotate, then the tick retires after the grace period. */
export const twilioFlow: CrashFlow = {
  start: 'adopted',
  steps: [
    {
      name: 'rotate',
      run: (fx, deps) =>
        fx.act({ action: 'rotate', secret: 'twilio-auth-token' }, deps, { rotationId: TWILIO_ROTATION_ID }),
    },
    {
      name: 'tick after the grace period',
      before: (fx) => fx.clock.advance(GRACE_MS),
      run: (fx, deps) => fx.tick(deps),
    },
  ],
  async assertEnd(fx, seeded) {
    const history = await fx.history(NAMES.token);
    expect(history.map((v) => [v.version, v.labels, v.keyId])).toEqual([
      [1, ['previous'], KEY_ID],
      [2, ['current'], KEY_ID],
    ]);
    const tokens = await fx.tokens();
    expect(tokens.primary).toBe(history[1]?.value);
    expect(tokens.primary).not.toBe(seeded.authToken);
    expect(tokens.secondary).toBeNull();
    expect(await fx.history(NAMES.tokenPending)).toEqual([]);
    expect(await fx.lockHeld('twilio-auth-token')).toBe(false);
    expect(await fx.state('twilio-auth-token')).toMatchObject({
      phase: 'idle',
      rotationId: TWILIO_ROTATION_ID,
      fromVersion: 1,
      toVersion: 2,
    });
    const kinds = await fx.alertKinds();
    expect(kinds).toContain('rotated');
    expect(kinds).toContain('retired');
    expect(await undeliveredAlerts(fx)).toBe(0);
  },
};

/** The first tick adopts the hand-made parameters. */
export const adoptFlow: CrashFlow = {
  start: 'origin',
  steps: [{ name: 'first tick', run: (fx, deps) => fx.tick(deps) }],
  async assertEnd(fx) {
    for (const [name, id] of [
      [NAMES.cloak, 'cloak-key'],
      [NAMES.token, 'twilio-auth-token'],
    ] as const) {
      expect((await fx.history(name)).map((v) => [v.version, v.labels])).toEqual([[1, ['current']]]);
      expect(await fx.state(id)).toMatchObject({ phase: 'idle', adoptedAt: expect.any(String) });
      expect(await fx.lockHeld(id)).toBe(false);
    }
    expect((await fx.alertKinds()).filter((k) => k === 'adopted').length).toBeGreaterThanOrEqual(2);
    expect(await undeliveredAlerts(fx)).toBe(0);
  },
};
