/**
 * Locks and leases: the rotation lock of a secret and the shared `LookupEvents` lease use
 * the same item shape and the same three calls. A lock is free when its item is absent or
 * its `leaseUntil` (epoch ms) is before the injected clock's time, compared inside the
 * write's condition, so two takers of an expired lock cannot both win. The holder token is
 * random per call of `acquireLock`; only the holder renews or releases (`lock-holder.ts`).
 */
import { randomUUID } from 'node:crypto';
import { keyItem, num, optionalString, requiredNumber, str, ttlSeconds } from './attributes.ts';
import { conditionalWrite } from './conditional-write.ts';
import { OPS_DEFAULTS } from './constants.ts';
import { OpsStateError } from './errors.ts';
import { readItem } from './read-item.ts';
import type { Item, ItemKey, OpsTable } from './types.ts';

/** Proof of holding a lock; pass it to `renewLock` and `releaseLock`. */
export interface LockHandle {
  readonly key: ItemKey;
  readonly token: string;
  readonly owner: string;
  readonly leaseUntil: Date;
}

/** What is known about a lock's current holder (never its token). */
export interface LockInfo {
  readonly owner: string;
  readonly acquiredAt: Date;
  readonly leaseUntil: Date;
  /** False when the lease has run out by the injected clock: the next taker wins. */
  readonly live: boolean;
}

export type AcquireResult =
  | { readonly acquired: true; readonly lock: LockHandle }
  | { readonly acquired: false; readonly heldBy: LockInfo | undefined };

export interface LockOptions {
  /** Lease length in ms; longer than the longest holder (the Lambda timeout). */
  readonly leaseMs: number;
  /** Who takes it, for `status` and messages (e.g. `rotate:<request id>`); not a secret. */
  readonly owner: string;
}

/** How messages name a lock. */
export const lockName = (key: ItemKey) => `lock ${key.pk}/${key.sk}`;

/** Throws `OpsStateError` unless `leaseMs` is a positive whole number. */
export function checkLease(leaseMs: number): void {
  if (!Number.isSafeInteger(leaseMs) || leaseMs <= 0) {
    throw new OpsStateError(`ops table: a lock lease must be a positive whole number of ms, got ${leaseMs}`);
  }
}

/**
 * Takes the lock if it is free or expired, with one conditional put. Resolves
 * `{ acquired: false, heldBy }` when someone else holds a live lease. After an ambiguous
 * failure it decides by reading the holder token back, so the answer always matches the
 * table. Throws `OpsStateError` for a bad lease or a refused call, `OpsStateUnavailableError`
 * when the table cannot confirm the outcome.
 */
export async function acquireLock(
  table: OpsTable,
  key: ItemKey,
  options: LockOptions,
): Promise<AcquireResult> {
  checkLease(options.leaseMs);
  const token = randomUUID();
  const now = table.clock.now().getTime();
  const leaseUntil = now + options.leaseMs;
  const outcome = await conditionalWrite(table, {
    key,
    what: lockName(key),
    write: {
      action: 'PutItem',
      input: {
        TableName: table.tableName,
        Item: {
          ...keyItem(key),
          holder: str(token),
          owner: str(options.owner),
          acquiredAt: num(now),
          leaseUntil: num(leaseUntil),
          expiresAt: num(ttlSeconds(leaseUntil, OPS_DEFAULTS.ttlSlackSeconds)),
        },
        ConditionExpression: 'attribute_not_exists(pk) OR leaseUntil < :now OR holder = :token',
        ExpressionAttributeValues: { ':now': num(now), ':token': str(token) },
      },
    },
    readBack: (item) => {
      if (item?.holder?.S === token) return 'applied';
      const other = item?.leaseUntil?.N;
      return other !== undefined && Number(other) >= now ? 'rejected' : undefined;
    },
  });
  if (outcome === 'applied') {
    return { acquired: true, lock: { key, token, owner: options.owner, leaseUntil: new Date(leaseUntil) } };
  }
  return { acquired: false, heldBy: await readLock(table, key) };
}

/**
 * Reads a lock with a consistent read; undefined when nobody has taken it. Throws
 * `CorruptItemError` for a malformed item, `OpsStateError`/`OpsStateUnavailableError` when
 * the read fails.
 */
export async function readLock(table: OpsTable, key: ItemKey): Promise<LockInfo | undefined> {
  const item = await readItem(table, key, lockName(key));
  return item === undefined ? undefined : lockInfo(table, key, item);
}

function lockInfo(table: OpsTable, key: ItemKey, item: Item): LockInfo {
  const leaseUntil = requiredNumber(item, 'leaseUntil', lockName(key));
  return {
    owner: optionalString(item, 'owner', lockName(key)) ?? 'unknown',
    acquiredAt: new Date(requiredNumber(item, 'acquiredAt', lockName(key))),
    leaseUntil: new Date(leaseUntil),
    live: leaseUntil >= table.clock.now().getTime(),
  };
}
