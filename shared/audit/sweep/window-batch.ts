/**
 * The evaluation of one sweep's events: each `Events[]` entry is normalised, a repeated
 * event id within the run is counted and dropped (so windowed rules never count a
 * duplicated delivery twice), and every record goes through every rule. Instant findings
 * come back per page; windowed ones at `finish`. Keeps the rules' bounded state, the event
 * ids of the run, counters, and the span of event times read.
 */
import type { PathLayout } from '../../parameter-paths/index.ts';
import { normaliseLookupEvent } from '../normalise/index.ts';
import type { AuditEngine, Finding, FinishInput, WindowedResult } from '../rules/index.ts';
import type { SkippedRecord } from '../types.ts';

/** Counters of what a run read. */
export interface BatchCounts {
  /** `Events[]` entries received. */
  events: number;
  /** Entries normalised and evaluated by every rule. */
  records: number;
  /** Entries whose event id this run had already evaluated. */
  duplicates: number;
  /** Entries skipped, by reason (`not-parameter-event`, `not-json`, ...). */
  skipped: Record<string, number>;
}

export interface WindowBatch {
  /** Evaluates a page's entries; answers their instant findings. Never throws. */
  addEvents(events: readonly unknown[]): Finding[];
  readonly counts: BatchCounts;
  /** Event times (epoch ms) of the oldest and newest record evaluated; undefined before any. */
  readonly oldest: number | undefined;
  readonly newest: number | undefined;
  /** Principals seen, whose baselines `finish` wants. Never throws. */
  principals(): string[];
  /** The windowed findings and baseline samples. Throws `AuditError` when called twice. */
  finish(input: Partial<FinishInput>): WindowedResult;
}

/** A new batch. `onSkipped` hears each skipped entry (e.g. to log it). Never throws. */
export function createWindowBatch(
  engine: AuditEngine,
  layout: PathLayout,
  onSkipped?: (skipped: SkippedRecord) => void,
): WindowBatch {
  const batch = engine.openBatch();
  const seen = new Set<string>();
  const counts: BatchCounts = { events: 0, records: 0, duplicates: 0, skipped: {} };
  let oldest: number | undefined;
  let newest: number | undefined;
  return {
    addEvents(events) {
      const findings: Finding[] = [];
      for (const event of events) {
        const result = normaliseLookupEvent(layout, event, counts.events);
        counts.events += 1;
        if (!result.ok) {
          counts.skipped[result.skipped.reason] = (counts.skipped[result.skipped.reason] ?? 0) + 1;
          onSkipped?.(result.skipped);
          continue;
        }
        const { record } = result;
        if (seen.has(record.eventId)) {
          counts.duplicates += 1;
          continue;
        }
        seen.add(record.eventId);
        counts.records += 1;
        const time = record.time.getTime();
        oldest = oldest === undefined ? time : Math.min(oldest, time);
        newest = newest === undefined ? time : Math.max(newest, time);
        findings.push(...batch.add(record));
      }
      return findings;
    },
    counts,
    get oldest() {
      return oldest;
    },
    get newest() {
      return newest;
    },
    principals: () => batch.principalsSeen(),
    finish: (input) => batch.finish(input),
  };
}
