/** Builds a sweep's summary from what it read, found and sent. */
import type { LockInfo } from '../../ops-state/index.ts';
import { type AlertCounts, countByRule } from '../findings/index.ts';
import type { Finding } from '../rules/index.ts';
import { SWEEP_OUTCOMES } from './constants.ts';
import type { CallStats } from './lookup-page.ts';
import type { SweepOutcome, SweepRequest, SweepSummary } from './types.ts';
import { type FrozenWindow, windowText } from './window.ts';
import type { BatchCounts } from './window-batch.ts';

/** What a sweep that read its window reports. Never throws. */
export function sweepSummary(input: {
  mode: SweepRequest['mode'];
  outcome: SweepOutcome;
  window: FrozenWindow;
  continued: boolean;
  pages: number;
  stats: CallStats;
  counts: BatchCounts;
  findings: readonly Finding[];
  alerts: AlertCounts;
  baselineSamples: number;
}): SweepSummary {
  return {
    mode: input.mode,
    outcome: input.outcome,
    window: windowText(input.window),
    continued: input.continued,
    pages: input.pages,
    calls: input.stats.calls,
    throttled: input.stats.throttled,
    events: input.counts.events,
    records: input.counts.records,
    duplicates: input.counts.duplicates,
    skipped: { ...input.counts.skipped },
    findings: countByRule(input.findings),
    alerts: input.alerts,
    baselineSamples: input.baselineSamples,
  };
}

/** What a sweep that found the LookupEvents lease held reports: nothing read. Never throws. */
export function leaseHeldSummary(
  mode: SweepRequest['mode'],
  heldBy: LockInfo | undefined,
  alerts: AlertCounts,
): SweepSummary {
  return {
    mode,
    outcome: SWEEP_OUTCOMES.leaseHeld,
    window: null,
    continued: false,
    pages: 0,
    calls: 0,
    throttled: 0,
    events: 0,
    records: 0,
    duplicates: 0,
    skipped: {},
    findings: {},
    alerts,
    baselineSamples: 0,
    ...(heldBy === undefined
      ? {}
      : { leaseHeldBy: { owner: heldBy.owner, until: heldBy.leaseUntil.toISOString() } }),
  };
}
