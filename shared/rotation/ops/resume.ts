/**
 * `resume`: continue the rotation (or rollback) in progress from its last completed step.
 * On a promoted rotation it verifies every effect of the promotion and redoes what is
 * missing (C-06). Nothing to resume when idle.
 */
import type { ManagedSecret } from '../secret.ts';
import { AWAITING_PHASES, inProgress, isRotation } from '../state.ts';
import { advance, runStep } from '../steps/dispatch.ts';
import type { Operation } from './execute.ts';
import { remainingSteps } from './plan.ts';
import { refuseUnadoptableDrift, refuseUnusable } from './preflight.ts';
import { viewOf } from './reconcile.ts';
import { finishRollback } from './rollback-finish.ts';

export function resumeOperation(secret: ManagedSecret, options: { dryRun?: boolean } = {}): Operation {
  return {
    action: 'resume',
    secret,
    dryRun: options.dryRun ?? false,
    alertRefusals: true,
    plan(ins) {
      if (ins.state.phase === 'rolling-back')
        return [`finish the rollback to version ${ins.state.fromVersion}`];
      if (AWAITING_PHASES.includes(ins.state.phase))
        return ['verify the promotion: labels, pending value deleted, rotated alert'];
      if (!inProgress(ins.state)) return [];
      refuseUnusable(ins);
      refuseUnadoptableDrift(ins);
      return remainingSteps(ins, ins.state.phase);
    },
    async run(ctx) {
      const rotationId = ctx.state.rotationId ?? '';
      if (ctx.state.phase === 'rolling-back') {
        await finishRollback(ctx);
        return 'done';
      }
      if (AWAITING_PHASES.includes(ctx.state.phase)) {
        refuseUnusable(viewOf(ctx));
        if (isRotation(ctx.state)) await runStep('promote', ctx, secret.id, rotationId);
        return 'already-done';
      }
      if (!inProgress(ctx.state)) return 'nothing-to-do';
      refuseUnusable(viewOf(ctx));
      refuseUnadoptableDrift(viewOf(ctx));
      ctx.done.push(`resuming rotation ${rotationId} from phase ${ctx.state.phase}`);
      await advance(ctx, rotationId);
      return 'done';
    },
  };
}
