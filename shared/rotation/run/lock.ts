/**
 * The rotation lock around every mutating action: one holder per secret (invariant 5). The
 * loser changes nothing and ends with "rotation in progress". The holder renews the lease
 * when half of it has passed (the CLI may run longer than a Lambda) and stops if it lost it.
 */
import {
  acquireLock,
  type LockHandle,
  releaseLock,
  renewLock,
  rotationLockKey,
} from '../../ops-state/index.ts';
import { REFUSALS } from '../constants.ts';
import type { RotationDeps } from '../deps.ts';
import { InterruptedError, RotationInProgressError } from '../errors.ts';

export interface HeldLock {
  handle: LockHandle;
  readonly leaseMs: number;
}

/**
 * Takes the secret's lock. Throws `RotationInProgressError` when another invocation holds
 * a live lease (naming its owner and until when), and the ops table's errors.
 */
export async function takeLock(deps: RotationDeps, secretId: string): Promise<HeldLock> {
  const leaseMs = deps.config.lock.leaseMs;
  const result = await acquireLock(deps.ops, rotationLockKey(secretId), { leaseMs, owner: deps.owner });
  if (result.acquired) return { handle: result.lock, leaseMs };
  const holder = result.heldBy;
  const who = holder ? `${holder.owner} until ${holder.leaseUntil.toISOString()}` : 'another invocation';
  throw new RotationInProgressError(
    REFUSALS.rotationInProgress,
    `rotation in progress: the lock of ${secretId} is held by ${who}`,
    'wait for it to finish (sra status shows it); a dead holder’s lock expires with its lease',
  );
}

/**
 * Called before every change: renews the lease when less than half of it is left. Throws
 * `InterruptedError` when the caller's signal was aborted (the call in flight has finished),
 * and `LockLostError` when the lock was lost (expired and taken over): in both cases the
 * caller must stop before changing anything more.
 */
export async function keepLock(deps: RotationDeps, lock: HeldLock): Promise<void> {
  if (deps.signal?.aborted) {
    throw new InterruptedError('interrupted', `interrupted (${String(deps.signal.reason ?? 'signal')})`);
  }
  const left = lock.handle.leaseUntil.getTime() - deps.clock.now().getTime();
  if (left >= lock.leaseMs / 2) return;
  lock.handle = await renewLock(deps.ops, lock.handle, lock.leaseMs);
}

/** Releases the lock; resolves false (and logs) when it could not. Never throws. */
export async function freeLock(deps: RotationDeps, lock: HeldLock): Promise<boolean> {
  try {
    return await releaseLock(deps.ops, lock.handle);
  } catch (error) {
    deps.logger?.warn('rotation lock not released; it expires with its lease', {
      lock: lock.handle.key.pk,
      error: (error as Error).name,
    });
    return false;
  }
}
