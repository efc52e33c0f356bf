/**
 * The audit sweep: one LookupEvents query (`EventSource = ssm.amazonaws.com`) over a frozen
 * window, under the shared lease, paced, every event through every rule, findings alerted
 * through the alerts module (which sends each alert once). Scheduled modes redeliver
 * pending alerts first, continue an unfinished window before starting a new one, save a
 * checkpoint when the Lambda's time runs low, store baseline samples and record their last
 * successful run. An operator's window writes nothing but the lease (and alerts if asked).
 */
import { recordRun, type SweepMode } from '../../ops-state/index.ts';
import { auditAlerts, noAlerts, redeliverSafely } from '../findings/index.ts';
import { planScheduled } from './checkpoint.ts';
import { AUDIT_FUNCTIONS, SWEEP_DEFAULTS } from './constants.ts';
import { keepLookupLease, releaseLookupLease, takeLookupLease } from './lease.ts';
import { realSleep } from './pacer.ts';
import { leaseHeldSummary } from './summary.ts';
import { sweepWindow } from './sweep-window.ts';
import type { SweepDeps, SweepOptions, SweepReport, SweepRequest } from './types.ts';
import { type FrozenWindow, operatorWindow } from './window.ts';

/**
 * Runs one sweep. Resolves its summary and findings; `lease-held` when another caller kept
 * the LookupEvents lease past the wait. Throws `SweepWindowError` for an unusable operator
 * window (before anything is done); `LookupEventsError` when LookupEvents failed for good
 * (a scheduled sweep first publishes what it found and saves its checkpoint, so the next
 * invocation continues); `AlertStateError` when alert records cannot be written (the
 * checkpoint is then left as it was); `LockLostError` and `OpsStateError` for the table.
 */
export async function runSweep(
  deps: SweepDeps,
  request: SweepRequest,
  options: SweepOptions = {},
): Promise<SweepReport> {
  const { config, ops, clock, logger } = deps;
  const sleep = deps.sleep ?? realSleep;
  const scheduled: SweepMode | undefined = request.mode === 'window' ? undefined : request.mode;
  const operator =
    request.mode === 'window' ? operatorWindow(request.from, request.to, clock.now()) : undefined;
  const alerts = auditAlerts({
    enabled: request.mode === 'window' ? request.alert : true,
    topicArn: config.topic.arn,
    sns: deps.sns,
    ops,
    reNotifyIntervalMs: config.rotation.reNotifyIntervalMs,
    logger,
  });
  const redelivered = scheduled === undefined ? 0 : await redeliverSafely(alerts, logger);
  const lease = await takeLookupLease({
    ops,
    account: config.aws.account,
    region: config.aws.region,
    owner: deps.owner,
    leaseMs: config.lock.leaseMs,
    waitMs: options.leaseWaitMs ?? SWEEP_DEFAULTS.leaseWaitMs,
    pollMs: SWEEP_DEFAULTS.leasePollMs,
    sleep,
  });
  if (!lease.acquired) {
    const summary = leaseHeldSummary(request.mode, lease.heldBy, {
      ...noAlerts(alerts.alerting),
      redelivered,
    });
    logger?.info('audit sweep: the LookupEvents lease is held by another caller', { summary });
    return { summary, findings: [] };
  }
  let lock = lease.lock;
  let report: SweepReport;
  try {
    report = await sweepWindow({
      deps,
      request,
      options,
      scheduled,
      alerts,
      redelivered,
      plan:
        scheduled === undefined
          ? { window: operator as FrozenWindow, token: undefined, continued: false }
          : await planScheduled(ops, scheduled, clock, config.auditSweep),
      keepLease: async () => {
        lock = await keepLookupLease(ops, lock, config.lock.leaseMs);
      },
    });
  } finally {
    await releaseLookupLease(ops, lock, (message, extra) => logger?.warn(message, extra));
  }
  if (scheduled !== undefined) await recordLastSweep(deps);
  logger?.info('audit sweep', { summary: report.summary });
  return report;
}

/** Records the sweep's successful run for `status`; a failure is only a warning. */
async function recordLastSweep(deps: SweepDeps): Promise<void> {
  try {
    await recordRun(deps.ops, AUDIT_FUNCTIONS.sweep);
  } catch (error) {
    deps.logger?.warn('could not record the last successful run', { error: (error as Error).name });
  }
}
