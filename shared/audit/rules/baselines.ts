/** Pure handling of read baselines: the volume rule reads them, the caller stores them. */
import type { BaselineHistory, BaselineSample, Baselines, BaselineUpdate } from './types.ts';

/**
 * The mean count of a history, leaving out the sample of `exceptEnd` (the bucket being
 * judged, which an earlier overlapping sweep may already have recorded), and how many
 * samples it used. Never throws.
 */
export function baselineMean(
  history: BaselineHistory | undefined,
  exceptEnd: number,
): { mean: number; samples: number } {
  let sum = 0;
  let samples = 0;
  for (const s of history?.samples ?? []) {
    if (s.windowEnd.getTime() === exceptEnd) continue;
    sum += s.count;
    samples += 1;
  }
  return { mean: samples === 0 ? 0 : sum / samples, samples };
}

/**
 * The baselines with the updates applied as `recordBaselineSample` applies them: a sample
 * replaces one with the same `windowEnd`, samples are kept oldest first, at most
 * `maxSamples` of them. Principals without updates are carried over unchanged. Never throws.
 */
export function mergeBaselines(
  baselines: Baselines,
  updates: readonly BaselineUpdate[],
  maxSamples: number,
): Map<string, BaselineHistory> {
  const merged = new Map<string, BaselineHistory>(baselines);
  const byPrincipal = new Map<string, BaselineSample[]>();
  for (const u of updates) {
    const list = byPrincipal.get(u.principal) ?? [];
    list.push(u.sample);
    byPrincipal.set(u.principal, list);
  }
  for (const [principal, added] of byPrincipal) {
    const ends = new Set(added.map((s) => s.windowEnd.getTime()));
    const kept = (baselines.get(principal)?.samples ?? []).filter((s) => !ends.has(s.windowEnd.getTime()));
    const samples = [...kept, ...added]
      .sort((a, b) => a.windowEnd.getTime() - b.windowEnd.getTime())
      .slice(-maxSamples);
    merged.set(principal, { samples });
  }
  return merged;
}
