/**
 * The LookupEvents lease of an account and region (`lookupEventsLeaseKey`): every caller
 * takes it before its first call (scheduled sweeps and operators' audits alike), so
 * together they stay under the rate limit. A sweep that finds it held waits a little, then
 * ends cleanly. A long holder (an operator's audit of many days) renews it as it goes.
 */
import {
  acquireLock,
  type LockHandle,
  type LockInfo,
  lookupEventsLeaseKey,
  type OpsTable,
  releaseLock,
  renewLock,
} from '../../ops-state/index.ts';
import type { Sleep } from './pacer.ts';

export interface LeaseRequest {
  readonly ops: OpsTable;
  readonly account: string;
  readonly region: string;
  readonly owner: string;
  readonly leaseMs: number;
  /** How long to wait for a held lease (0: do not wait), and how often to look again. */
  readonly waitMs: number;
  readonly pollMs: number;
  readonly sleep: Sleep;
}

export type LeaseResult =
  | { readonly acquired: true; readonly lock: LockHandle }
  | { readonly acquired: false; readonly heldBy: LockInfo | undefined };

/**
 * Takes the lease, waiting up to `waitMs` (on the table's clock) while another caller holds
 * it. Throws `OpsStateError`/`OpsStateUnavailableError` when the table fails.
 */
export async function takeLookupLease(request: LeaseRequest): Promise<LeaseResult> {
  const key = lookupEventsLeaseKey(request.account, request.region);
  const clock = request.ops.clock;
  const giveUpAt = clock.now().getTime() + request.waitMs;
  for (;;) {
    const result = await acquireLock(request.ops, key, { leaseMs: request.leaseMs, owner: request.owner });
    if (result.acquired || clock.now().getTime() + request.pollMs > giveUpAt) return result;
    await request.sleep(request.pollMs);
  }
}

/**
 * Renews the lease once half of it has run. Resolves the (possibly new) handle. Throws
 * `LockLostError` when another caller took it over, `OpsStateError` as `renewLock`.
 */
export async function keepLookupLease(ops: OpsTable, lock: LockHandle, leaseMs: number): Promise<LockHandle> {
  const halfLeft = lock.leaseUntil.getTime() - leaseMs / 2;
  return ops.clock.now().getTime() < halfLeft ? lock : renewLock(ops, lock, leaseMs);
}

/** Releases the lease; a failure is only logged (the lease then expires). Never throws. */
export async function releaseLookupLease(
  ops: OpsTable,
  lock: LockHandle,
  warn: (message: string, extra: Record<string, unknown>) => void,
): Promise<void> {
  try {
    await releaseLock(ops, lock);
  } catch (error) {
    warn('the LookupEvents lease could not be released; it expires with its lease', {
      error: (error as Error).name,
    });
  }
}
