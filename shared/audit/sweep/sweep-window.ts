/**
 * The part of a sweep done under the LookupEvents lease: read the planned window, judge
 * every event with every rule (windowed rules with the principals' baselines), alert the
 * findings, and, for a scheduled sweep, store the baseline samples and the checkpoint.
 */
import type { SweepMode } from '../../ops-state/index.ts';
import { type AuditAlerts, publishFindings, uniqueFindings } from '../findings/index.ts';
import { createAuditEngine } from '../rules/index.ts';
import { coveredWindow, loadBaselines, storeBaselineSamples } from './baselines.ts';
import { type SweepPlan, saveProgress } from './checkpoint.ts';
import { SWEEP_DEFAULTS, SWEEP_OUTCOMES } from './constants.ts';
import { createPacer, realSleep } from './pacer.ts';
import { readWindow } from './read-window.ts';
import { sweepSummary } from './summary.ts';
import type { SweepDeps, SweepOptions, SweepReport, SweepRequest } from './types.ts';
import { createWindowBatch } from './window-batch.ts';

export interface WindowSweep {
  readonly deps: SweepDeps;
  readonly request: SweepRequest;
  readonly options: SweepOptions;
  /** The scheduled mode; undefined for an operator's window (which writes nothing). */
  readonly scheduled: SweepMode | undefined;
  readonly plan: SweepPlan;
  readonly alerts: AuditAlerts;
  readonly redelivered: number;
  /** Renews the lease when due; throws `LockLostError` when it was lost. */
  readonly keepLease: () => Promise<void>;
}

/**
 * Sweeps the planned window. Throws `LookupEventsError` after publishing and saving what
 * was read (scheduled) or at once (operator's window), `AlertStateError`, `LockLostError`
 * and the table's errors.
 */
export async function sweepWindow(sweep: WindowSweep): Promise<SweepReport> {
  const { deps, scheduled, plan, options } = sweep;
  const { config, ops, clock, logger } = deps;
  const sleep = deps.sleep ?? realSleep;
  const batch = createWindowBatch(
    deps.engine ?? createAuditEngine({ policy: config.audit }),
    config.layout,
    (s) =>
      logger?.debug('audit sweep: record skipped', {
        reason: s.reason,
        detail: s.detail,
        eventId: s.eventId,
      }),
  );
  const stats = { calls: 0, throttled: 0, transient: 0 };
  const reserveMs = options.reserveMs ?? SWEEP_DEFAULTS.reserveMs;
  const remaining = options.remainingMs;
  const read = await readWindow(
    {
      page: { cloudTrail: deps.cloudTrail, pacer: createPacer(clock, sleep), sleep, stats, logger },
      batch,
      shouldStop: () => remaining !== undefined && remaining() < reserveMs,
      keepLease: sweep.keepLease,
      onProgress: options.onProgress,
    },
    plan.window,
    plan.token,
  );
  if (read.error !== undefined && scheduled === undefined) throw read.error;
  const covered = coveredWindow(plan.window, { ...read, oldest: batch.oldest, newest: batch.newest });
  const windowed = batch.finish({
    baselines: await loadBaselines(ops, batch.principals()),
    ...(covered === undefined ? {} : { window: covered }),
  });
  const findings = uniqueFindings([...read.instant, ...windowed.findings]);
  const sent = await publishFindings(sweep.alerts, findings, logger);
  let baselineSamples = 0;
  if (scheduled !== undefined) {
    baselineSamples = await storeBaselineSamples(
      ops,
      windowed.baselineSamples,
      config.audit.volume.maxSamples,
    );
    await saveProgress(ops, scheduled, plan.window, read);
  }
  if (read.error !== undefined) throw read.error;
  const outcome = read.finished
    ? SWEEP_OUTCOMES.complete
    : scheduled === undefined
      ? SWEEP_OUTCOMES.incomplete
      : SWEEP_OUTCOMES.checkpointed;
  const summary = sweepSummary({
    mode: sweep.request.mode,
    outcome,
    window: plan.window,
    continued: plan.continued,
    pages: read.pages,
    stats,
    counts: batch.counts,
    findings,
    alerts: { ...sent, redelivered: sweep.redelivered },
    baselineSamples,
  });
  return { summary, findings };
}
