/**
 * What adoption reports and refuses: a rotation that adopted drift before being refused
 * says so (outcome `adopted-then-refused`, not `refused`), and a value that cannot be the
 * secret is never labelled `current` (alert `inconsistent-state`, status blocked).
 */
import { describe, expect, it } from 'vitest';
import type { StatusResult } from '../../../shared/rotation/index.ts';
import { NAMES, useRotationFixture } from './rotation-fixture.ts';

const fx = useRotationFixture();
const NOT_A_KEY = 'SUPERSECRETVALUE-not-base64!!';

describe('rotate after drift of a cloak key', () => {
  it('answers adopted-then-refused: the drift was adopted, the rotation refused', async () => {
    await fx.seedAdopted();
    await fx.putByHand(NAMES.cloak, Buffer.alloc(32, 4).toString('base64'));

    const result = await fx.act({ action: 'rotate', secret: 'cloak-key' });

    expect(result).toMatchObject({
      ok: false,
      outcome: 'adopted-then-refused',
      error: { code: 'previous-not-retired' },
    });
    expect(result.done).toContain('adopted drift: version 2 is `current`, version 1 `previous`');
    expect(result.alerts.map((a) => a.kind)).toEqual(['drift', 'rotation-refused']);
    expect((await fx.history(NAMES.cloak)).map((v) => v.labels)).toEqual([['previous'], ['current']]);
  });
});

describe('adoption of a value that cannot be the secret', () => {
  it('the tick does not label an invalid hand-made cloak key current and alerts inconsistent-state', async () => {
    await fx.seedOrigin();
    await fx.putByHand(NAMES.cloak, NOT_A_KEY);

    const tick = await fx.tick();

    const cloak = tick.secrets.find((s) => s.secret === 'cloak-key');
    expect(cloak).toMatchObject({ ok: false, outcome: 'refused', error: { code: 'inconsistent-state' } });
    expect(cloak?.error?.message).toBe(
      "version 2 of /qlarius/cloak-key is not base64 of exactly 32 bytes (the application's Cloak vault would fail at boot with it); it was not labelled `current`",
    );
    expect(cloak?.error?.remedy).toContain(
      'aws ssm put-parameter --name /qlarius/cloak-key --type SecureString',
    );
    expect((await fx.history(NAMES.cloak)).map((v) => v.labels)).toEqual([[], []]);
    expect(await fx.alertKinds()).toContain('inconsistent-state');
  });

  it('drift to an invalid cloak key is not adopted: current stays on the former key', async () => {
    await fx.seedAdopted();
    await fx.putByHand(NAMES.cloak, NOT_A_KEY);

    const result = await fx.act({ action: 'rotate', secret: 'cloak-key' });

    expect(result).toMatchObject({ ok: false, outcome: 'refused', error: { code: 'inconsistent-state' } });
    expect((await fx.history(NAMES.cloak)).map((v) => v.labels)).toEqual([['current'], []]);
    expect((await fx.state('cloak-key'))?.phase ?? 'idle').toBe('idle');
  });

  it('status shows the invalid cloak key as blocked', async () => {
    await fx.seedOrigin();
    await fx.putByHand(NAMES.cloak, NOT_A_KEY);

    const status = (await fx.act({ action: 'status', secret: 'cloak-key' })) as unknown as StatusResult;

    expect(status.secrets[0]?.blockedBy).toEqual([
      expect.stringMatching(
        /^inconsistent state invalid-value-not-adopted: version 2 of \/qlarius\/cloak-key is not base64 of exactly 32 bytes/,
      ),
    ]);
  });

  it('a blank Twilio token is not adopted, and status shows it blocked', async () => {
    await fx.seedAdopted();
    await fx.putByHand(NAMES.token, '   ');

    const tick = await fx.tick();
    const status = (await fx.act({
      action: 'status',
      secret: 'twilio-auth-token',
    })) as unknown as StatusResult;

    expect(tick.secrets.find((s) => s.secret === 'twilio-auth-token')?.error?.message).toBe(
      'version 2 of /qlarius/twilio/auth-token is empty (no Twilio auth token); it was not labelled `current` (`current` stays on version 1, but plain reads of the name already return version 2)',
    );
    expect((await fx.history(NAMES.token)).map((v) => v.labels)).toEqual([['current'], []]);
    expect(status.secrets[0]?.blockedBy[0]).toMatch(/^inconsistent state invalid-value-not-adopted: /);
  });
});
