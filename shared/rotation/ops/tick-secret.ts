/**
 * What the scheduled tick does for one secret, decided from a read-only look and then done
 * under the lock by the same operations operators use:
 * - inconsistent state: alert (C-07), nothing else;
 * - hand-made parameter or drift while idle: adopt (alert), and nothing more this tick;
 * - drift that cannot be adopted: alert (critical while a cloak key is not retired);
 * - a rotation (or rollback) in progress whose holder died: resume; `stuck` if it stays put;
 * - Twilio past its grace period: retire; `retirement-due` if that fails;
 * - cloak key past the grace period: `retirement-due` (the operator confirms);
 * - scheduled rotation due: rotate; `overdue` once past due by the overdue time.
 */
import type { Alert } from '../../alerts/index.ts';
import { overdueAlert, retirementDueAlert, stuckAlert } from '../alerts/conditions.ts';
import { sendAlertsSafely } from '../alerts/send.ts';
import { findDrift, needsAdoption, unfinishedDriftAdoption } from '../checks/labels.ts';
import { overdueSince, retirementDueAt, rotationDue, stuckSince } from '../checks/schedule.ts';
import type { RotationDeps } from '../deps.ts';
import { inspect } from '../run/inspect.ts';
import type { ManagedSecret } from '../secret.ts';
import { inProgress } from '../state.ts';
import { adoptOperation } from './adopt.ts';
import { execute } from './execute.ts';
import { stopped } from './failure.ts';
import { refuseUnadoptableDrift, refuseUnusable } from './preflight.ts';
import type { ActionResult } from './result.ts';
import { resumeOperation } from './resume.ts';
import { retireOperation } from './retire.ts';
import { rotateOperation } from './rotate.ts';
import { secretView } from './view.ts';

/** Never throws: a failure is in the result. */
export async function tickSecret(deps: RotationDeps, secret: ManagedSecret): Promise<ActionResult> {
  const base = { action: 'tick', secret: secret.id, done: [], warnings: [] as string[] };
  let ins: Awaited<ReturnType<typeof inspect>>;
  try {
    ins = await inspect(deps, secret, { decrypt: false });
    if (ins.parameter === undefined) {
      return {
        ...base,
        ok: true,
        outcome: 'nothing-to-do',
        alerts: [],
        warnings: [`${secret.canonicalName} does not exist yet`],
      };
    }
    refuseUnusable(ins);
    if (
      needsAdoption(ins) ||
      unfinishedDriftAdoption(ins) ||
      (findDrift(ins) && ins.state.phase === 'idle')
    ) {
      return await execute(deps, adoptOperation(secret));
    }
    refuseUnadoptableDrift(ins);
  } catch (error) {
    const stop = stopped(error, secret.id, [], true);
    const alerts = await sendAlertsSafely(deps, stop.alerts, []);
    return { ...base, ok: false, outcome: stop.outcome, alerts, error: stop.error };
  }
  const now = deps.clock.now();
  const settings = deps.config.rotation;
  const { state } = ins;
  let result: ActionResult | undefined;
  const conditions: Alert[] = [];
  if (inProgress(state) || state.phase === 'rolling-back') {
    result = await execute(deps, resumeOperation(secret));
    const since = stuckSince(state, settings, now);
    if (result.outcome !== 'done' && since !== undefined) {
      conditions.push(stuckAlert(secret.id, state.rotationId ?? '?', state.phase, since));
    }
  } else if (state.phase === 'awaiting-retire' || state.phase === 'awaiting-reencryption') {
    const dueAt = retirementDueAt(state, settings);
    if (dueAt !== undefined && now.getTime() >= dueAt.getTime()) {
      if (state.phase === 'awaiting-retire') result = await execute(deps, retireOperation(secret));
      if (result === undefined || !result.ok) {
        const what =
          state.phase === 'awaiting-retire'
            ? `Retiring it failed (${result?.error?.code ?? 'unknown'}); the old Twilio token still works. Check the error, then sra retire ${secret.id}.`
            : `Re-encrypt the data with the current key, then sra retire ${secret.id} --confirm.`;
        conditions.push(retirementDueAlert(secret.id, state.rotationId ?? '?', dueAt.toISOString(), what));
      }
    }
  } else if (rotationDue(secret.entry, state, now)) {
    result = await execute(deps, rotateOperation(secret, { trigger: 'schedule' }));
  }
  const overdue = result?.ok ? undefined : overdueSince(secret.entry, state, settings, now);
  if (overdue !== undefined)
    conditions.push(overdueAlert(secret.id, overdue.toISOString(), result?.error?.message));
  const alerts = await sendAlertsSafely(deps, conditions, ins.secretValues);
  if (result === undefined) {
    return {
      ...base,
      ok: true,
      outcome: 'nothing-to-do',
      alerts,
      view: secretView(secret, state, ins.parameter),
    };
  }
  return { ...result, action: 'tick', alerts: [...result.alerts, ...alerts] };
}
