/**
 * `cancel`: before promotion, delete the pending value and (Twilio) the secondary token,
 * and end the rotation; also the repair of a pending value left without a rotation (C-07).
 * Refused once the promotion started (resume it) and while a promoted rotation awaits its
 * retirement (roll back or retire it). The canonical parameter is never touched.
 */
import { LABELS, REFUSALS } from '../constants.ts';
import { RotationRefusedError } from '../errors.ts';
import { type RunContext, save, strategyContext } from '../run/context.ts';
import { keepLock } from '../run/lock.ts';
import type { ManagedSecret } from '../secret.ts';
import { deletePending } from '../ssm/pending.ts';
import { inProgress, type SecretState } from '../state.ts';
import type { Operation } from './execute.ts';
import { refuseWhileAwaiting } from './rotate.ts';

export function cancelOperation(secret: ManagedSecret, options: { dryRun?: boolean } = {}): Operation {
  return {
    action: 'cancel',
    secret,
    dryRun: options.dryRun ?? false,
    alertRefusals: false,
    plan(ins) {
      if (!cancellable(ins.state, ins.pending !== undefined, secret.id)) return [];
      const twilio = secret.strategy === 'twilio-auth-token';
      return [
        ...(twilio ? ['delete the Twilio secondary token'] : []),
        `delete the pending value ${secret.pendingName}`,
        ...(inProgress(ins.state) ? [`end rotation ${ins.state.rotationId} (phase idle)`] : []),
      ];
    },
    async run(ctx) {
      if (!cancellable(ctx.state, ctx.pending !== undefined, secret.id)) return 'nothing-to-do';
      const primary = primaryValue(ctx);
      if (primary !== undefined) await ctx.strategy.discard(strategyContext(ctx), primary);
      await keepLock(ctx.deps, ctx.lock);
      if ((await deletePending(ctx.deps.ssm, secret)) === 'deleted')
        ctx.done.push('deleted the pending value');
      ctx.pending = undefined;
      if (inProgress(ctx.state)) {
        ctx.done.push(`cancelled rotation ${ctx.state.rotationId}`);
        await save(ctx, { phase: 'idle', pendingVersion: undefined, lastError: undefined });
      }
      return 'done';
    },
  };
}

/** Whether there is something to cancel; throws `RotationRefusedError` when cancelling is not allowed now. */
function cancellable(state: SecretState, pendingExists: boolean, secretId: string): boolean {
  if (state.phase === 'promoting' || state.phase === 'rolling-back') {
    throw new RotationRefusedError(
      REFUSALS.promotionStarted,
      `the ${state.phase === 'promoting' ? 'promotion' : 'rollback'} of ${secretId} has started and cannot be cancelled`,
      `finish it with sra resume ${secretId}`,
    );
  }
  refuseWhileAwaiting(state, secretId);
  return inProgress(state) || pendingExists;
}

/** The value that authenticates to the secret's own system now: the version carrying `current`. */
function primaryValue(ctx: RunContext): string | undefined {
  const current = ctx.parameter?.versions.find((v) => v.labels.includes(LABELS.current));
  return current?.value;
}
