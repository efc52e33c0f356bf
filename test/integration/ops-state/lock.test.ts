import { describe, expect, it } from 'vitest';
import {
  acquireLock,
  LockLostError,
  lookupEventsLeaseKey,
  readLock,
  releaseLock,
  renewLock,
  rotationLockKey,
} from '../../../shared/ops-state/index.ts';
import { useOpsFixture } from './local-ops.ts';

const LEASE_MS = 15 * 60_000;
const fx = useOpsFixture();

describe('acquireLock', () => {
  it('takes a free lock and reports its lease from the injected clock', async () => {
    const result = await acquireLock(fx.table, rotationLockKey('cloak-key'), {
      leaseMs: LEASE_MS,
      owner: 'tick-1',
    });

    expect(result.acquired).toBe(true);
    expect(result.acquired && result.lock.leaseUntil.toISOString()).toBe('2026-03-01T10:15:00.000Z');
  });

  it('refuses a live lock and names its holder', async () => {
    await acquireLock(fx.table, rotationLockKey('cloak-key'), { leaseMs: LEASE_MS, owner: 'tick-1' });

    const second = await acquireLock(fx.table, rotationLockKey('cloak-key'), {
      leaseMs: LEASE_MS,
      owner: 'tick-2',
    });

    expect(second).toEqual({
      acquired: false,
      heldBy: {
        owner: 'tick-1',
        acquiredAt: new Date('2026-03-01T10:00:00.000Z'),
        leaseUntil: new Date('2026-03-01T10:15:00.000Z'),
        live: true,
      },
    });
  });

  it('lets exactly one of ten concurrent takers win', async () => {
    const takers = Array.from({ length: 10 }, (_, i) =>
      acquireLock(fx.table, rotationLockKey('twilio-auth-token'), { leaseMs: LEASE_MS, owner: `taker-${i}` }),
    );

    const results = await Promise.all(takers);

    expect(results.filter((r) => r.acquired)).toHaveLength(1);
  });

  it('lets exactly one of two takers take over an expired lock', async () => {
    await acquireLock(fx.table, rotationLockKey('cloak-key'), { leaseMs: LEASE_MS, owner: 'dead-holder' });
    fx.clock.advance(LEASE_MS + 1);

    const results = await Promise.all([
      acquireLock(fx.table, rotationLockKey('cloak-key'), { leaseMs: LEASE_MS, owner: 'a' }),
      acquireLock(fx.table, rotationLockKey('cloak-key'), { leaseMs: LEASE_MS, owner: 'b' }),
    ]);

    expect(results.filter((r) => r.acquired)).toHaveLength(1);
    expect((await readLock(fx.table, rotationLockKey('cloak-key')))?.owner).toMatch(/^[ab]$/);
  });

  it('still refuses a lock on the last millisecond of its lease', async () => {
    await acquireLock(fx.table, rotationLockKey('cloak-key'), { leaseMs: LEASE_MS, owner: 'holder' });
    fx.clock.advance(LEASE_MS);

    const late = await acquireLock(fx.table, rotationLockKey('cloak-key'), {
      leaseMs: LEASE_MS,
      owner: 'late',
    });

    expect(late.acquired).toBe(false);
  });

  it('keeps locks of different secrets and the LookupEvents lease apart', async () => {
    await acquireLock(fx.table, rotationLockKey('cloak-key'), { leaseMs: LEASE_MS, owner: 'a' });

    const other = await acquireLock(fx.table, rotationLockKey('twilio-auth-token'), {
      leaseMs: LEASE_MS,
      owner: 'b',
    });
    const lease = await acquireLock(fx.table, lookupEventsLeaseKey('111122223333', 'us-east-1'), {
      leaseMs: 60_000,
      owner: 'sweep',
    });

    expect([other.acquired, lease.acquired]).toEqual([true, true]);
  });

  it('rejects a lease that is not a positive whole number of ms', async () => {
    const act = acquireLock(fx.table, rotationLockKey('cloak-key'), { leaseMs: 0, owner: 'x' });

    await expect(act).rejects.toThrow('ops table: a lock lease must be a positive whole number of ms, got 0');
  });
});

describe('renewLock', () => {
  it('extends the lease of the holder', async () => {
    const taken = await acquireLock(fx.table, rotationLockKey('cloak-key'), {
      leaseMs: LEASE_MS,
      owner: 'cli',
    });
    if (!taken.acquired) throw new Error('precondition: lock not taken');
    fx.clock.advance(10 * 60_000);

    const renewed = await renewLock(fx.table, taken.lock, LEASE_MS);

    expect(renewed.leaseUntil.toISOString()).toBe('2026-03-01T10:25:00.000Z');
    expect((await readLock(fx.table, rotationLockKey('cloak-key')))?.leaseUntil.toISOString()).toBe(
      '2026-03-01T10:25:00.000Z',
    );
  });

  it('throws LockLostError once another taker took the expired lock', async () => {
    const taken = await acquireLock(fx.table, rotationLockKey('cloak-key'), {
      leaseMs: LEASE_MS,
      owner: 'slow-cli',
    });
    if (!taken.acquired) throw new Error('precondition: lock not taken');
    fx.clock.advance(LEASE_MS + 1);
    await acquireLock(fx.table, rotationLockKey('cloak-key'), { leaseMs: LEASE_MS, owner: 'tick' });

    const act = renewLock(fx.table, taken.lock, LEASE_MS);

    await expect(act).rejects.toBeInstanceOf(LockLostError);
    await expect(act).rejects.toThrow('lock SECRET#cloak-key/LOCK is no longer held by slow-cli');
  });
});

describe('releaseLock', () => {
  it('frees the lock for the next taker', async () => {
    const taken = await acquireLock(fx.table, rotationLockKey('cloak-key'), {
      leaseMs: LEASE_MS,
      owner: 'a',
    });
    if (!taken.acquired) throw new Error('precondition: lock not taken');

    const released = await releaseLock(fx.table, taken.lock);
    const next = await acquireLock(fx.table, rotationLockKey('cloak-key'), { leaseMs: LEASE_MS, owner: 'b' });

    expect([released, next.acquired]).toEqual([true, true]);
  });

  it('leaves a lock taken over by someone else in place', async () => {
    const taken = await acquireLock(fx.table, rotationLockKey('cloak-key'), {
      leaseMs: LEASE_MS,
      owner: 'old',
    });
    if (!taken.acquired) throw new Error('precondition: lock not taken');
    fx.clock.advance(LEASE_MS + 1);
    await acquireLock(fx.table, rotationLockKey('cloak-key'), { leaseMs: LEASE_MS, owner: 'new' });

    const released = await releaseLock(fx.table, taken.lock);

    expect(released).toBe(false);
    expect((await readLock(fx.table, rotationLockKey('cloak-key')))?.owner).toBe('new');
  });
});
