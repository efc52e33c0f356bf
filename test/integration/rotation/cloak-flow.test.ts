import { describe, expect, it } from 'vitest';
import { KEY_ID, NAMES, useRotationFixture } from './rotation-fixture.ts';

const fx = useRotationFixture();

describe('cloak-key flow from the origin layout', () => {
  it('tick adopts the hand-made parameter: version 1 becomes current, nothing is rotated', async () => {
    await fx.seedOrigin();

    const result = await fx.tick();

    expect(result.ok).toBe(true);
    expect((await fx.history(NAMES.cloak)).map((v) => [v.version, v.labels])).toEqual([[1, ['current']]]);
    expect(await fx.alertKinds()).toEqual(['adopted', 'adopted']);
  });

  it('rotate writes exactly one new version under the same KMS key with current and previous', async () => {
    const seeded = await fx.seedOrigin();
    await fx.tick();

    const result = await fx.act({ action: 'rotate', secret: 'cloak-key' });

    expect(result).toMatchObject({ ok: true, outcome: 'done' });
    const history = await fx.history(NAMES.cloak);
    expect(history.map((v) => [v.version, v.labels, v.keyId])).toEqual([
      [1, ['previous'], KEY_ID],
      [2, ['current'], KEY_ID],
    ]);
    expect(history[1]?.value).not.toBe(seeded.cloakKey);
    expect(Buffer.from(history[1]?.value ?? '', 'base64')).toHaveLength(32);
    expect(await fx.history(NAMES.cloakPending)).toEqual([]);
    expect(await fx.state('cloak-key')).toMatchObject({
      phase: 'awaiting-reencryption',
      fromVersion: 1,
      toVersion: 2,
    });
    expect(await fx.lockHeld('cloak-key')).toBe(false);
    expect(await fx.alertKinds()).toEqual(['adopted', 'adopted', 'rotated']);
  });
});
