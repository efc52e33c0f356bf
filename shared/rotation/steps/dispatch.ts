/**
 * The thin dispatcher of the staged flow: one function per step, all of the same shape
 * (run context, secret id, rotation id), each returning early when its work is done.
 */
import { ROTATION_LIMITS } from '../constants.ts';
import { PendingLostError, UnknownStepError } from '../errors.ts';
import type { RunContext } from '../run/context.ts';
import { ROTATION_STEPS, type RotationStep } from '../state.ts';
import { createStep } from './create.ts';
import { promoteStep } from './promote.ts';
import { retireStep } from './retire.ts';
import { testStep } from './test.ts';

export type StepFunction = (ctx: RunContext, secretId: string, rotationId: string) => Promise<void>;

const STEPS: Record<RotationStep, StepFunction> = {
  create: createStep,
  test: testStep,
  promote: promoteStep,
  retire: retireStep,
};

/** Runs one step. Throws `UnknownStepError` for a name that is not a step, and the step's errors. */
export function runStep(step: string, ctx: RunContext, secretId: string, rotationId: string): Promise<void> {
  if (!(ROTATION_STEPS as readonly string[]).includes(step)) {
    throw new UnknownStepError(
      'unknown-step',
      `unknown rotation step "${step}" (steps: ${ROTATION_STEPS.join(', ')})`,
    );
  }
  return STEPS[step as RotationStep](ctx, secretId, rotationId);
}

/**
 * Runs `create`, `test` and `promote` from wherever the rotation is; each skips what is
 * done. A pending value that stopped working is made again, a bounded number of times.
 * Throws the steps' errors.
 */
export async function advance(ctx: RunContext, rotationId: string): Promise<void> {
  for (;;) {
    try {
      for (const step of ['create', 'test', 'promote'] as const)
        await runStep(step, ctx, ctx.secret.id, rotationId);
      return;
    } catch (error) {
      if (!(error instanceof PendingLostError) || ctx.regenerations >= ROTATION_LIMITS.maxRegenerations)
        throw error;
      ctx.regenerations += 1;
      ctx.pending = undefined;
    }
  }
}
