/** Batches of normalised records. */
import type { NormalisedBatch, NormaliseResult } from '../types.ts';

/** Splits results into records and skipped entries, keeping their order. Never throws. */
export function collectBatch(results: Iterable<NormaliseResult>): NormalisedBatch {
  const batch: NormalisedBatch = { records: [], skipped: [] };
  for (const result of results) {
    if (result.ok) batch.records.push(result.record);
    else batch.skipped.push(result.skipped);
  }
  return batch;
}

/** Counts skipped entries by reason, e.g. `{ 'not-ssm-event': 3 }`. Never throws. */
export function countSkipped(batch: Pick<NormalisedBatch, 'skipped'>): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const s of batch.skipped) counts[s.reason] = (counts[s.reason] ?? 0) + 1;
  return counts;
}
