/**
 * Conditional writes after failures injected by the stand-in: never retried blindly by the
 * SDK, read back after an ambiguous failure, so the caller's answer matches the table.
 */
import { describe, expect, it } from 'vitest';
import {
  acquireLock,
  claimAlertRecord,
  getState,
  OpsStateError,
  OpsStateUnavailableError,
  putState,
  readLock,
  releaseLock,
  rotationLockKey,
} from '../../../shared/ops-state/index.ts';
import { useOpsFixture } from './local-ops.ts';

const fx = useOpsFixture();
const LOCK = rotationLockKey('cloak-key');
const LEASE = { leaseMs: 15 * 60_000, owner: 'tick' };

describe('conditional writes after an ambiguous failure', () => {
  it('leave the caller holding the lock when the connection drops after the put took effect', async () => {
    const fault = await fx.fault({ service: 'dynamodb', action: 'PutItem', drop: 'after', times: 1 });

    const result = await acquireLock(fx.table, LOCK, LEASE);

    expect(result.acquired).toBe(true);
    expect(await fx.matched(fault)).toBe(1);
    expect((await readLock(fx.table, LOCK))?.owner).toBe('tick');
    expect((await acquireLock(fx.table, LOCK, { ...LEASE, owner: 'other' })).acquired).toBe(false);
  });

  it('let the holder release a lock it took through a dropped answer', async () => {
    await fx.fault({ service: 'dynamodb', action: 'PutItem', drop: 'after', times: 1 });
    const result = await acquireLock(fx.table, LOCK, LEASE);
    if (!result.acquired) throw new Error('precondition: not acquired');

    expect(await releaseLock(fx.table, result.lock)).toBe(true);
    expect(await readLock(fx.table, LOCK)).toBeUndefined();
  });

  it('take the lock when the connection drops before the put reached the table', async () => {
    await fx.fault({ service: 'dynamodb', action: 'PutItem', drop: 'before', times: 1 });

    const result = await acquireLock(fx.table, LOCK, LEASE);

    expect(result.acquired).toBe(true);
    expect((await readLock(fx.table, LOCK))?.owner).toBe('tick');
  });

  it('report a lock held by someone else even when every answer is dropped', async () => {
    await acquireLock(fx.table, LOCK, { ...LEASE, owner: 'holder' });
    await fx.fault({ service: 'dynamodb', action: 'PutItem', drop: 'after' });

    const result = await acquireLock(fx.table, LOCK, LEASE);

    expect(result).toMatchObject({ acquired: false, heldBy: { owner: 'holder', live: true } });
  });

  it('report a released lock as released when the delete answer is dropped', async () => {
    const result = await acquireLock(fx.table, LOCK, LEASE);
    if (!result.acquired) throw new Error('precondition: not acquired');
    await fx.fault({ service: 'dynamodb', action: 'DeleteItem', drop: 'after', times: 1 });

    expect(await releaseLock(fx.table, result.lock)).toBe(true);
    expect(await readLock(fx.table, LOCK)).toBeUndefined();
  });

  it('count a state write whose answer was dropped as done, not as a conflict', async () => {
    await putState(fx.table, 'cloak-key', { step: 'create' }, 0);
    await fx.fault({ service: 'dynamodb', action: 'PutItem', drop: 'after', times: 1 });

    const revision = await putState(fx.table, 'cloak-key', { step: 'test' }, 1);

    expect(revision).toBe(2);
    expect(await getState(fx.table, 'cloak-key')).toMatchObject({ revision: 2, data: { step: 'test' } });
  });

  it('count an alert claim whose answer was dropped as claimed', async () => {
    await fx.fault({ service: 'dynamodb', action: 'PutItem', drop: 'after', times: 1 });

    const claim = await claimAlertRecord(fx.table, {
      alertKey: 'instant#rotated#rot-1',
      fingerprint: 'fp',
      severity: 'info',
      reNotifyIntervalMs: undefined,
      retentionMs: 8 * 24 * 60 * 60_000,
      claimTimeoutMs: 5 * 60_000,
      payload: '{}',
    });

    expect(claim.claimed).toBe(true);
  });
});

describe('conditional writes and the SDK retries', () => {
  it('send a conditional put once per own attempt, never through the SDK retries', async () => {
    const fault = await fx.fault({
      service: 'dynamodb',
      action: 'PutItem',
      error: { code: 'InternalServerError', status: 500 },
    });

    const act = acquireLock(fx.table, LOCK, LEASE);

    await expect(act).rejects.toBeInstanceOf(OpsStateUnavailableError);
    await expect(act).rejects.toThrow(
      'ops table: writing lock SECRET#cloak-key/LOCK could not be confirmed after 4 attempts (InternalServerError)',
    );
    expect(await fx.matched(fault)).toBe(4);
  });

  it('leave ordinary reads to the SDK retries', async () => {
    const fault = await fx.fault({
      service: 'dynamodb',
      action: 'GetItem',
      error: { code: 'InternalServerError', status: 500 },
      times: 2,
    });

    expect(await readLock(fx.table, LOCK)).toBeUndefined();
    expect(await fx.matched(fault)).toBe(3);
  });

  it('wait and try again when a conditional put is throttled', async () => {
    await fx.fault({
      service: 'dynamodb',
      action: 'PutItem',
      error: { code: 'ProvisionedThroughputExceededException', status: 400 },
      times: 2,
    });

    expect((await acquireLock(fx.table, LOCK, LEASE)).acquired).toBe(true);
  });

  it('throw OpsStateError naming the code when the table refuses a write', async () => {
    await fx.fault({
      service: 'dynamodb',
      action: 'PutItem',
      error: { code: 'AccessDeniedException', status: 400 },
    });

    const act = acquireLock(fx.table, LOCK, LEASE);

    await expect(act).rejects.toBeInstanceOf(OpsStateError);
    await expect(act).rejects.toThrow(
      'ops table: writing lock SECRET#cloak-key/LOCK was refused (AccessDeniedException)',
    );
  });
});
