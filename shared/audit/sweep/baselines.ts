/**
 * The volume rule's baselines in the ops table: loaded for the principals a sweep saw
 * before its windowed rules finish, and the new samples stored after (scheduled sweeps
 * only: an operator's audit writes nothing). A few calls in flight at once.
 */
import { getBaseline, type OpsTable, recordBaselineSample } from '../../ops-state/index.ts';
import type { BaselineHistory, BaselineUpdate, TimeWindow } from '../rules/index.ts';
import { SWEEP_DEFAULTS } from './constants.ts';

/**
 * The stored baselines of `principals` (absent ones are still learning). Throws
 * `CorruptItemError`, `OpsStateError`, `OpsStateUnavailableError` as `getBaseline`.
 */
export async function loadBaselines(
  ops: OpsTable,
  principals: readonly string[],
): Promise<Map<string, BaselineHistory>> {
  const baselines = new Map<string, BaselineHistory>();
  await inBatches(principals, async (principal) => {
    const stored = await getBaseline(ops, principal);
    if (stored !== undefined) baselines.set(principal, { samples: stored.samples });
  });
  return baselines;
}

/**
 * Records each sample (a sample for a bucket already recorded replaces it). Resolves how
 * many were stored. Throws as `recordBaselineSample`.
 */
export async function storeBaselineSamples(
  ops: OpsTable,
  samples: readonly BaselineUpdate[],
  maxSamples: number,
): Promise<number> {
  // Samples of one principal are written one after the other (each is a revisioned update).
  const byPrincipal = new Map<string, BaselineUpdate[]>();
  for (const s of samples) byPrincipal.set(s.principal, [...(byPrincipal.get(s.principal) ?? []), s]);
  await inBatches([...byPrincipal.values()], async (list) => {
    for (const s of list) await recordBaselineSample(ops, s.principal, s.sample, maxSamples);
  });
  return samples.length;
}

/**
 * The part of the frozen window whose volume buckets this run read whole, for baseline
 * samples. A run that read the whole window covers all of it. A run cut short covers only
 * what lies after its oldest record (pages come newest first); a run continuing from a
 * token covers only what lies before its newest record. Undefined when it covers nothing.
 * Never throws.
 */
export function coveredWindow(
  window: TimeWindow,
  read: { fromToken: boolean; finished: boolean; oldest: number | undefined; newest: number | undefined },
): TimeWindow | undefined {
  if (read.oldest === undefined || read.newest === undefined) {
    return read.fromToken || !read.finished ? undefined : window;
  }
  const start = read.finished ? window.start.getTime() : read.oldest + 1;
  const end = read.fromToken ? read.newest : window.end.getTime();
  return start < end ? { start: new Date(start), end: new Date(end) } : undefined;
}

async function inBatches<T>(items: readonly T[], work: (item: T) => Promise<void>): Promise<void> {
  for (let i = 0; i < items.length; i += SWEEP_DEFAULTS.baselineConcurrency) {
    await Promise.all(items.slice(i, i + SWEEP_DEFAULTS.baselineConcurrency).map(work));
  }
}
