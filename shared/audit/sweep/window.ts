/**
 * The query window of a sweep, computed once and then frozen: every page of its
 * LookupEvents query sends the same `StartTime` and `EndTime` (C-11). Both ends are whole
 * seconds (CloudTrail's event times are) and inclusive, and a window always has an end.
 */
import type { StoredCheckpoint } from '../../ops-state/index.ts';
import { LOOKUP_EVENTS } from './constants.ts';
import { SweepWindowError } from './errors.ts';

/** A frozen query window: `StartTime` and `EndTime`, inclusive. */
export interface FrozenWindow {
  readonly start: Date;
  readonly end: Date;
}

const floorSecond = (ms: number) => new Date(Math.floor(ms / 1000) * 1000);

/** The oldest start LookupEvents can still answer for, at `now`. */
function oldestStart(now: Date): number {
  return now.getTime() - LOOKUP_EVENTS.retentionMs;
}

/**
 * The incremental sweep's window: from `overlapMs` before the end of the last finished
 * window (or before now, on the first sweep) to now, so an event delivered up to
 * `overlapMs` late is still inside a later window. Never reaches beyond the 90 days kept.
 * Never throws.
 */
export function incrementalWindow(
  now: Date,
  previous: StoredCheckpoint | undefined,
  overlapMs: number,
): FrozenWindow {
  const from = previous === undefined ? now.getTime() : previous.windowEnd.getTime();
  const start = Math.max(from - overlapMs, oldestStart(now));
  const end = floorSecond(now.getTime());
  return { start: floorSecond(Math.min(start, end.getTime())), end };
}

/** The reconciliation sweep's window: the last `lookbackMs` up to now. Never throws. */
export function reconcileWindow(now: Date, lookbackMs: number): FrozenWindow {
  const start = Math.max(now.getTime() - lookbackMs, oldestStart(now));
  return { start: floorSecond(start), end: floorSecond(now.getTime()) };
}

/**
 * An operator's window `[from, to]`. Throws `SweepWindowError` when it ends before it
 * starts, ends in the future, or starts before the 90 days LookupEvents keeps.
 */
export function operatorWindow(from: Date, to: Date, now: Date): FrozenWindow {
  if (to.getTime() <= from.getTime()) {
    throw new SweepWindowError(`the window must end after it starts (from ${iso(from)}, to ${iso(to)})`);
  }
  if (to.getTime() > now.getTime()) {
    throw new SweepWindowError(`the window must not end in the future (to ${iso(to)}, now ${iso(now)})`);
  }
  if (from.getTime() < oldestStart(now)) {
    throw new SweepWindowError(
      `CloudTrail event history keeps 90 days: from ${iso(from)} is before ${iso(new Date(oldestStart(now)))}`,
    );
  }
  return { start: floorSecond(from.getTime()), end: floorSecond(to.getTime()) };
}

/** The window as ISO strings, for summaries. Never throws. */
export function windowText(window: FrozenWindow): { start: string; end: string } {
  return { start: iso(window.start), end: iso(window.end) };
}

function iso(date: Date): string {
  return date.toISOString();
}
