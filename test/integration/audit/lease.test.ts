/**
 * The shared LookupEvents lease: taken before the first call and released at the end; a
 * sweep that finds it held by another caller waits briefly, then ends cleanly with
 * `lease-held`, having read and written nothing.
 */
import { describe, expect, it } from 'vitest';
import { runSweep } from '../../../shared/audit/index.ts';
import {
  acquireLock,
  lastRuns,
  loadCheckpoint,
  lookupEventsLeaseKey,
  readLock,
  releaseLock,
} from '../../../shared/ops-state/index.ts';
import { useAuditFixture } from './audit-fixture.ts';
import { cloakRead, ROLES } from './records.ts';

const fx = useAuditFixture();
const LEASE = lookupEventsLeaseKey('111122223333', 'us-east-1');

function holdLease(owner = 'cli:alice@laptop', leaseMs = 20 * 60_000) {
  return acquireLock(fx.table, LEASE, { leaseMs, owner });
}

describe('runSweep: the LookupEvents lease', () => {
  it('ends with lease-held, reading and writing nothing, when another caller keeps it', async () => {
    // Prepare
    await fx.append([cloakRead(fx.clock.now().getTime() - 60_000)]);
    const held = await holdLease();
    const received = await fx.countLookupCalls();
    // Act
    const { summary } = await fx.sweep({ mode: 'incremental' });
    // Assess
    expect(held.acquired).toBe(true);
    expect(summary).toMatchObject({ outcome: 'lease-held', window: null, calls: 0, records: 0 });
    expect(summary.leaseHeldBy?.owner).toBe('cli:alice@laptop');
    expect(await received()).toBe(0);
    expect(await loadCheckpoint(fx.table, 'incremental')).toBeUndefined();
    expect(await lastRuns(fx.table)).toEqual({});
  });

  it('waits for a lease released while it waits, then sweeps', async () => {
    // Prepare
    const held = await holdLease();
    const sleep = async (ms: number) => {
      fx.clock.advance(ms);
      if (held.acquired) await releaseLock(fx.table, held.lock);
    };
    // Act
    const { summary } = await runSweep(fx.deps({ sleep }), { mode: 'incremental' });
    // Assess
    expect(summary.outcome).toBe('complete');
  });

  it('takes over a lease whose holder died and let it expire', async () => {
    // Prepare
    await holdLease('lambda:dead-invocation', 60_000);
    fx.clock.advance(61_000);
    // Act
    const { summary } = await fx.sweep({ mode: 'incremental' });
    // Assess
    expect(summary.outcome).toBe('complete');
  });

  it('renews the lease as a long sweep goes, so nobody else can take it', async () => {
    // Prepare
    fx.configure({ SRA_LOCK_LEASE: '1m' });
    const end = fx.clock.now().getTime() - 60_000;
    await fx.append(Array.from({ length: 120 }, (_, i) => cloakRead(end - i * 1000, ROLES.application)));
    const others: boolean[] = [];
    const slowSleep = async () => {
      fx.clock.advance(40_000);
      others.push((await holdLease('cli:bob@laptop', 60_000)).acquired);
    };
    // Act
    const { summary } = await runSweep(fx.deps({ sleep: slowSleep }), { mode: 'incremental' });
    // Assess
    expect(summary).toMatchObject({ outcome: 'complete', pages: 3 });
    expect(others).toEqual([false, false, false]);
  });

  it('releases the lease at the end', async () => {
    // Act
    await fx.sweep({ mode: 'reconcile' });
    // Assess
    expect(await readLock(fx.table, LEASE)).toBeUndefined();
  });
});
