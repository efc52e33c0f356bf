/**
 * Per-principal, per-bucket state of windowed rules. Buckets are fixed spans of event time
 * aligned to the epoch, so records may come in any order (LookupEvents is newest first, log
 * files are not ordered) and the state is bounded by principals × buckets, never by records.
 */
import type { AccessRecord, Principal } from '../types.ts';
import { addEvidence, type Evidence, mergeEvidence, startEvidence } from './evidence.ts';

/** The state every cell has; rules add their counters. */
export interface Cell {
  principal: Principal;
  /** Index of the bucket: floor(event time / bucket length). */
  bucket: number;
  evidence: Evidence;
}

/** Cells by principal ARN, then by bucket index. */
export type CellMap<C extends Cell> = Map<string, Map<number, C>>;

/**
 * The cell of the record's principal and bucket, created with `extra()` on first use; the
 * record is added to its evidence. Never throws.
 */
export function cellFor<C extends Cell>(
  cells: CellMap<C>,
  record: AccessRecord,
  bucketMs: number,
  extra: () => Omit<C, keyof Cell>,
): C {
  const time = record.time.getTime();
  const bucket = Math.floor(time / bucketMs);
  let buckets = cells.get(record.principal.arn);
  if (buckets === undefined) {
    buckets = new Map();
    cells.set(record.principal.arn, buckets);
  }
  let cell = buckets.get(bucket);
  if (cell === undefined) {
    cell = {
      principal: record.principal,
      bucket,
      evidence: startEvidence(record.eventId, time),
      ...extra(),
    } as C;
    buckets.set(bucket, cell);
  } else addEvidence(cell.evidence, record.eventId, time);
  return cell;
}

/** Every cell of a cell map. Never throws. */
export function* cellsOf<C extends Cell>(cells: CellMap<C>): Iterable<C> {
  for (const buckets of cells.values()) yield* buckets.values();
}

/** The qualifying cells grouped by principal ARN, with their evidence merged. Never throws. */
export function byPrincipal<C extends Cell>(
  cells: Iterable<C>,
  qualifies: (cell: C) => boolean,
): Map<string, { principal: Principal; cells: C[]; evidence: Evidence }> {
  const groups = new Map<string, { principal: Principal; cells: C[]; evidence: Evidence }>();
  for (const cell of cells) {
    if (!qualifies(cell)) continue;
    const group = groups.get(cell.principal.arn);
    if (group === undefined) {
      groups.set(cell.principal.arn, {
        principal: cell.principal,
        cells: [cell],
        evidence: { ...cell.evidence, ids: [...cell.evidence.ids] },
      });
    } else {
      group.cells.push(cell);
      mergeEvidence(group.evidence, cell.evidence);
    }
  }
  return groups;
}
