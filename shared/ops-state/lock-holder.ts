/** What only a lock's holder may do: renew its lease, and release it. */
import { keyItem, num, str, ttlSeconds } from './attributes.ts';
import { conditionalWrite } from './conditional-write.ts';
import { OPS_DEFAULTS } from './constants.ts';
import { LockLostError } from './errors.ts';
import { checkLease, type LockHandle, lockName } from './lock.ts';
import type { OpsTable } from './types.ts';

const what = lockName;

/**
 * Extends the lease to `leaseMs` from now. Throws `LockLostError` when the lock is no longer
 * held by this handle's token, `OpsStateError`/`OpsStateUnavailableError` as `acquireLock`.
 */
export async function renewLock(table: OpsTable, lock: LockHandle, leaseMs: number): Promise<LockHandle> {
  checkLease(leaseMs);
  const leaseUntil = table.clock.now().getTime() + leaseMs;
  const outcome = await conditionalWrite(table, {
    key: lock.key,
    what: what(lock.key),
    write: {
      action: 'UpdateItem',
      input: {
        TableName: table.tableName,
        Key: keyItem(lock.key),
        UpdateExpression: 'SET leaseUntil = :until, expiresAt = :ttl',
        ConditionExpression: 'holder = :token',
        ExpressionAttributeValues: {
          ':until': num(leaseUntil),
          ':ttl': num(ttlSeconds(leaseUntil, OPS_DEFAULTS.ttlSlackSeconds)),
          ':token': str(lock.token),
        },
      },
    },
    readBack: (item) => {
      if (item?.holder?.S !== lock.token) return 'rejected';
      return item.leaseUntil?.N === String(leaseUntil) ? 'applied' : undefined;
    },
  });
  if (outcome === 'rejected') throw new LockLostError(`${what(lock.key)} is no longer held by ${lock.owner}`);
  return { ...lock, leaseUntil: new Date(leaseUntil) };
}

/**
 * Releases the lock if this handle still holds it. Resolves `true` when this call released
 * it (or, after an ambiguous failure, found it no longer held by this token), and `false`
 * when this token did not hold it any more (released before, or expired and taken over):
 * then nothing changed. Throws
 * `OpsStateError`/`OpsStateUnavailableError` as `acquireLock`.
 */
export async function releaseLock(table: OpsTable, lock: LockHandle): Promise<boolean> {
  const outcome = await conditionalWrite(table, {
    key: lock.key,
    what: what(lock.key),
    write: {
      action: 'DeleteItem',
      input: {
        TableName: table.tableName,
        Key: keyItem(lock.key),
        ConditionExpression: 'holder = :token',
        ExpressionAttributeValues: { ':token': str(lock.token) },
      },
    },
    readBack: (item) => (item?.holder?.S === lock.token ? undefined : 'applied'),
  });
  return outcome === 'applied';
}
