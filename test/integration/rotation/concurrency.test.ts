import { describe, expect, it } from 'vitest';
import { acquireLock, rotationLockKey } from '../../../shared/ops-state/index.ts';
import { LEASE_MS, NAMES, useRotationFixture } from './rotation-fixture.ts';

const fx = useRotationFixture();

describe('C-08: one rotation at a time per secret (invariant 5)', () => {
  it('ten concurrent rotations produce exactly one; the others end "rotation in progress"', async () => {
    await fx.seedAdopted();

    const results = await Promise.all(
      Array.from({ length: 10 }, (_, i) =>
        fx.act({ action: 'rotate', secret: 'cloak-key' }, fx.deps({ owner: `invocation-${i}` })),
      ),
    );

    expect(results.filter((r) => r.outcome === 'done')).toHaveLength(1);
    const losers = results.filter((r) => r.outcome !== 'done');
    expect(losers).toHaveLength(9);
    for (const loser of losers) {
      expect(loser.error?.code).toBe('rotation-in-progress');
      expect(loser.error?.message).toMatch(
        /^rotation in progress: the lock of cloak-key is held by invocation-\d/,
      );
      expect(loser.done).toEqual([]);
    }
    expect((await fx.history(NAMES.cloak)).length).toBe(2);
    expect((await fx.alertKinds()).filter((k) => k === 'rotated')).toHaveLength(1);
  });

  it('a loser changes nothing and sends no alert', async () => {
    await fx.seedAdopted();
    await acquireLock(fx.table, rotationLockKey('twilio-auth-token'), { leaseMs: LEASE_MS, owner: 'other' });

    const result = await fx.act({ action: 'rotate', secret: 'twilio-auth-token' });

    expect(result).toMatchObject({ ok: false, outcome: 'refused', error: { code: 'rotation-in-progress' } });
    expect((await fx.tokens()).secondary).toBeNull();
    expect(await fx.state('twilio-auth-token')).toBeUndefined();
    expect(await fx.alertKinds()).toEqual([]);
  });

  it('an expired lock found by two invocations at once is taken by exactly one', async () => {
    await fx.seedAdopted();
    await acquireLock(fx.table, rotationLockKey('cloak-key'), { leaseMs: LEASE_MS, owner: 'dead-holder' });
    fx.clock.advance(LEASE_MS + 1);

    const results = await Promise.all([
      fx.act({ action: 'rotate', secret: 'cloak-key' }, fx.deps({ owner: 'a' })),
      fx.act({ action: 'rotate', secret: 'cloak-key' }, fx.deps({ owner: 'b' })),
    ]);

    expect(results.map((r) => r.outcome).sort()).toEqual(['done', 'refused']);
    expect((await fx.history(NAMES.cloak)).length).toBe(2);
  });

  it('ten concurrent ticks on a due schedule rotate once', async () => {
    fx.configure({
      SRA_CATALOG: JSON.stringify([{ id: 'cloak-key', schedule: { enabled: true, every: '1d' } }]),
    });
    await fx.seedOrigin();
    await fx.tick();
    fx.clock.advance(24 * 60 * 60_000);

    await Promise.all(Array.from({ length: 10 }, (_, i) => fx.tick(fx.deps({ owner: `tick-${i}` }))));

    expect((await fx.history(NAMES.cloak)).length).toBe(2);
  });
});
