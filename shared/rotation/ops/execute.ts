/**
 * How every mutating action runs on one secret. A dry run reads and plans, takes no lock
 * and changes nothing. A real run takes the secret's lock (the loser changes nothing and
 * answers "rotation in progress"), reads a fresh decrypted view, runs the action, turns a
 * refusal or failure into its result and alert, and always releases the lock.
 */
import { redact } from '../../alerts/index.ts';
import { sendAlertsSafely } from '../alerts/send.ts';
import type { RotationDeps } from '../deps.ts';
import { type RunContext, runContext } from '../run/context.ts';
import { type Inspection, inspect } from '../run/inspect.ts';
import { freeLock, type HeldLock, takeLock } from '../run/lock.ts';
import type { ManagedSecret } from '../secret.ts';
import { inProgress } from '../state.ts';
import { recordFailure, stopped } from './failure.ts';
import { remainingSteps } from './plan.ts';
import { viewOf } from './reconcile.ts';
import type { ActionResult, Outcome } from './result.ts';
import { secretView } from './view.ts';

export interface Operation {
  readonly action: string;
  readonly secret: ManagedSecret;
  readonly dryRun: boolean;
  /** Whether a refusal is alerted (`rotation-refused`): rotations, not repairs. */
  readonly alertRefusals: boolean;
  /** Without the lock: what the action would do. Throws `RotationRefusedError` as the real run would. */
  plan(ins: Inspection, deps: RotationDeps): string[];
  /** Under the lock. Resolves the outcome; throws refusals and step failures. */
  run(ctx: RunContext): Promise<Outcome>;
}

/** Runs the operation. Never throws: every failure is in the result. */
export async function execute(deps: RotationDeps, op: Operation): Promise<ActionResult> {
  const base = { action: op.action, secret: op.secret.id };
  if (op.dryRun) return dryRun(deps, op);
  let lock: HeldLock;
  try {
    lock = await takeLock(deps, op.secret.id);
  } catch (error) {
    const stop = stopped(error, op.secret.id, [], false);
    return {
      ...base,
      ok: false,
      outcome: stop.outcome,
      done: [],
      warnings: [],
      alerts: [],
      error: stop.error,
    };
  }
  let ctx: RunContext | undefined;
  let outcome: Outcome = 'failed';
  let error: ActionResult['error'];
  let notDone: string[] | undefined;
  try {
    ctx = runContext(deps, await inspect(deps, op.secret, { decrypt: true }), lock);
    outcome = await op.run(ctx);
  } catch (thrown) {
    const values = ctx?.secretValues ?? [];
    const stop = stopped(thrown, op.secret.id, values, op.alertRefusals);
    outcome = stop.outcome === 'refused' && ctx?.adopted ? 'adopted-then-refused' : stop.outcome;
    error = stop.error;
    if (outcome === 'interrupted' && ctx) notDone = notDoneOf(op, ctx);
    const alerts = ctx ? [...stop.alerts, ...(await recordFailure(ctx, thrown, stop))] : stop.alerts;
    const reports = await sendAlertsSafely(deps, alerts, values);
    ctx?.alerts.push(...reports);
    deps.logger?.warn('rotation action stopped', { action: op.action, secret: op.secret.id, ...stop.error });
  }
  const lockReleased = await freeLock(deps, lock);
  const values = ctx?.secretValues ?? [];
  deps.logger?.info('rotation action finished', {
    action: op.action,
    secret: op.secret.id,
    outcome,
    rotationId: ctx?.state.rotationId,
    phase: ctx?.state.phase,
    alerts: ctx?.alerts,
  });
  return {
    ...base,
    ok: !NOT_OK.includes(outcome),
    outcome,
    ...(ctx?.state.rotationId ? { rotationId: ctx.state.rotationId } : {}),
    done: (ctx?.done ?? []).map((line) => redact(line, values)),
    warnings: ctx?.warnings ?? [],
    alerts: ctx?.alerts ?? [],
    ...(ctx ? { view: secretView(op.secret, ctx.state, ctx.parameter) } : {}),
    ...(error ? { error } : {}),
    ...(notDone ? { notDone } : {}),
    lockReleased,
  };
}

const NOT_OK: readonly Outcome[] = ['failed', 'refused', 'adopted-then-refused', 'interrupted'];

/** What an interrupted run left undone, in words. Never throws. */
function notDoneOf(op: Operation, ctx: RunContext): string[] {
  if (op.action === 'rotate' || op.action === 'resume') {
    if (inProgress(ctx.state)) return remainingSteps(viewOf(ctx), ctx.state.phase);
  }
  return [`the rest of ${op.action} (phase ${ctx.state.phase})`];
}

async function dryRun(deps: RotationDeps, op: Operation): Promise<ActionResult> {
  const base = { action: op.action, secret: op.secret.id, done: [], warnings: [], alerts: [] };
  let ins: Inspection | undefined;
  try {
    ins = await inspect(deps, op.secret, { decrypt: op.secret.strategy === 'cloak-key' });
    const wouldDo = op.plan(ins, deps);
    return {
      ...base,
      ok: true,
      outcome: 'dry-run',
      wouldDo,
      view: secretView(op.secret, ins.state, ins.parameter),
    };
  } catch (thrown) {
    const stop = stopped(thrown, op.secret.id, ins?.secretValues ?? [], false);
    return {
      ...base,
      ok: false,
      outcome: stop.outcome === 'refused' ? 'refused' : 'failed',
      error: stop.error,
      ...(ins ? { view: secretView(op.secret, ins.state, ins.parameter) } : {}),
    };
  }
}
