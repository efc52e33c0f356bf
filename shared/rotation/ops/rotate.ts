/**
 * `rotate`: start a rotation (or continue one in progress) through create, test and
 * promote. A retry of a finished rotation with the same id (Lambda's retry of the same
 * request) verifies its effects and answers `already-done`. Refused (alerted, nothing
 * changed) while a Twilio rotation awaits retirement, while a cloak key awaits
 * re-encryption, for inconsistent states, and at the 100-version limit (C-01).
 */
import { randomUUID } from 'node:crypto';
import { unadoptableValue } from '../checks/adoptable.ts';
import { findDrift, needsAdoption } from '../checks/labels.ts';
import { REFUSALS } from '../constants.ts';
import { InconsistentStateError, RotationRefusedError } from '../errors.ts';
import { nowIso, type RunContext, save } from '../run/context.ts';
import type { Inspection } from '../run/inspect.ts';
import type { ManagedSecret } from '../secret.ts';
import { AWAITING_PHASES, inProgress, isRotation, type SecretState } from '../state.ts';
import { advance, runStep } from '../steps/dispatch.ts';
import { parameterOf } from '../steps/values.ts';
import type { Operation } from './execute.ts';
import { remainingSteps } from './plan.ts';
import { checkVersionLimit, refuseUnadoptableDrift, refuseUnusable } from './preflight.ts';
import { reconcileLabels, viewOf } from './reconcile.ts';

export interface RotateOptions {
  readonly dryRun?: boolean;
  /** The id of the rotation; a request id makes a retried request idempotent. Default: random. */
  readonly rotationId?: string;
  readonly trigger?: 'operator' | 'schedule';
}

/** Throws `RotationRefusedError` when the awaiting phase blocks a new rotation. */
export function refuseWhileAwaiting(state: SecretState, secretId: string): void {
  if (state.phase === 'awaiting-retire') {
    throw new RotationRefusedError(
      REFUSALS.awaitingRetire,
      `rotation ${state.rotationId ?? '?'} of ${secretId} is awaiting its Twilio retirement`,
      `let the grace period end (the tick retires it), or sra retire ${secretId} --now for a leaked token, or sra rollback ${secretId}`,
    );
  }
  if (state.phase === 'awaiting-reencryption') {
    throw new RotationRefusedError(
      REFUSALS.previousNotRetired,
      `the previous cloak key of ${secretId} (version ${state.fromVersion ?? '?'}) is not retired yet`,
      `re-encrypt the data with the current key, then sra retire ${secretId} --confirm, then rotate again`,
    );
  }
}

export function rotateOperation(secret: ManagedSecret, options: RotateOptions = {}): Operation {
  return {
    action: 'rotate',
    secret,
    dryRun: options.dryRun ?? false,
    alertRefusals: true,
    plan: (ins) => planRotate(ins),
    async run(ctx) {
      refuseUnusable(viewOf(ctx));
      const { rotationId } = options;
      if (
        rotationId !== undefined &&
        ctx.state.rotationId === rotationId &&
        AWAITING_PHASES.includes(ctx.state.phase) &&
        isRotation(ctx.state)
      ) {
        await runStep('promote', ctx, secret.id, rotationId);
        return 'already-done';
      }
      refuseUnadoptableDrift(viewOf(ctx));
      if (ctx.state.phase === 'rolling-back') {
        throw new RotationRefusedError(
          REFUSALS.rotationInProgress,
          `a rollback of ${secret.id} is unfinished`,
          `sra resume ${secret.id}`,
        );
      }
      if (inProgress(ctx.state)) {
        ctx.done.push(`continuing rotation ${ctx.state.rotationId} from phase ${ctx.state.phase}`);
        await advance(ctx, ctx.state.rotationId ?? '');
        return 'done';
      }
      await reconcileLabels(ctx);
      refuseWhileAwaiting(ctx.state, secret.id);
      checkVersionLimit(viewOf(ctx), ctx.warnings);
      await start(ctx, rotationId ?? randomUUID(), options.trigger ?? 'operator');
      await advance(ctx, ctx.state.rotationId ?? '');
      return 'done';
    },
  };
}

async function start(ctx: RunContext, rotationId: string, trigger: 'operator' | 'schedule'): Promise<void> {
  const current = parameterOf(ctx, 'create').current?.version;
  await save(ctx, {
    phase: 'creating',
    rotationId,
    trigger,
    startedAt: nowIso(ctx),
    fromVersion: current,
    toVersion: undefined,
    pendingVersion: undefined,
    restoredVersion: undefined,
    lastError: undefined,
  });
  ctx.done.push(`started rotation ${rotationId} from version ${current}`);
}

function planRotate(ins: Inspection): string[] {
  refuseUnusable(ins);
  refuseUnadoptableDrift(ins);
  if (inProgress(ins.state)) {
    return [
      `continue rotation ${ins.state.rotationId} from phase ${ins.state.phase}`,
      ...remainingSteps(ins, ins.state.phase),
    ];
  }
  const invalid = unadoptableValue(ins);
  if (invalid) throw new InconsistentStateError(invalid.code, invalid.message, invalid.repair);
  const lines: string[] = [];
  const latest = ins.parameter?.latest.version;
  if (needsAdoption(ins)) lines.push(`adopt version ${latest}: label it \`current\` (alert adopted)`);
  const drift = findDrift(ins);
  if (drift && ins.state.phase === 'idle') {
    lines.push(
      `adopt drift: label ${drift.current} \`previous\` and ${drift.latest} \`current\` (alert drift)`,
    );
    if (ins.secret.strategy === 'cloak-key') {
      return [...lines, 'then refuse the rotation: the adopted key must be re-encrypted and retired first'];
    }
  }
  refuseWhileAwaiting(ins.state, ins.secret.id);
  const warnings: string[] = [];
  checkVersionLimit(ins, warnings);
  return [...lines, ...remainingSteps(ins, 'idle'), ...warnings.map((w) => `warning: ${w}`)];
}
