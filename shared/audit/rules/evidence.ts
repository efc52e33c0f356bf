/** Bounded collections for windowed rules: evidence ids, names and secret ids. */
import { FINDING_LIMITS } from './constants.ts';

/** The first `FINDING_LIMITS.maxEvidence` event ids, the full count, and the time span (epoch ms). */
export interface Evidence {
  ids: string[];
  count: number;
  first: number;
  last: number;
}

/** A new evidence collection holding one event. Never throws. */
export function startEvidence(eventId: string, time: number): Evidence {
  return { ids: [eventId], count: 1, first: time, last: time };
}

/** Adds an event (ids beyond the cap are only counted). Never throws. */
export function addEvidence(evidence: Evidence, eventId: string, time: number): void {
  evidence.count += 1;
  if (evidence.ids.length < FINDING_LIMITS.maxEvidence) evidence.ids.push(eventId);
  if (time < evidence.first) evidence.first = time;
  if (time > evidence.last) evidence.last = time;
}

/** Merges `from` into `into` (for findings that span several buckets). Never throws. */
export function mergeEvidence(into: Evidence, from: Evidence): void {
  into.count += from.count;
  for (const id of from.ids) {
    if (into.ids.length >= FINDING_LIMITS.maxEvidence) break;
    into.ids.push(id);
  }
  if (from.first < into.first) into.first = from.first;
  if (from.last > into.last) into.last = from.last;
}

/** Adds to a set while it holds fewer than `cap` values. Never throws. */
export function addCapped<T>(set: Set<T>, value: T, cap: number): void {
  if (set.size < cap) set.add(value);
}
