/**
 * The shared world of one server: the clock, the region and account every ARN names, who
 * is calling, and CloudTrail's records.
 */
import { TrailStore } from '../cloudtrail/store.ts';
import { IdentityRegistry } from '../identity/registry.ts';
import { LocalClock } from './clock.ts';
import type { LocalWorld } from './service.ts';

export const DEFAULT_REGION = 'us-east-1';
/** AWS's documentation account id, used throughout the corpus and the product's examples. */
export const DEFAULT_ACCOUNT_ID = '111122223333';

export interface WorldOptions {
  clock?: LocalClock | undefined;
  region?: string | undefined;
  accountId?: string | undefined;
  /** CloudTrail's default delivery delay (0 when absent). */
  deliveryDelayMs?: number | undefined;
}

export function createWorld(options: WorldOptions = {}): LocalWorld {
  const clock = options.clock ?? new LocalClock();
  const accountId = options.accountId ?? DEFAULT_ACCOUNT_ID;
  if (!/^\d{12}$/.test(accountId)) throw new RangeError(`account id must be 12 digits, got ${accountId}`);
  return {
    clock,
    region: options.region ?? DEFAULT_REGION,
    accountId,
    identities: new IdentityRegistry(accountId),
    trail: new TrailStore(clock, { deliveryDelayMs: options.deliveryDelayMs ?? 0 }),
  };
}
