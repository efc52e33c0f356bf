/**
 * Step `test` [testSecret]: prove the pending value works before any reader can see it.
 * Already done when the phase is past `created`. A pending value that stopped working
 * (a Twilio secondary replaced or lost) sends the rotation back to `creating`.
 */
import { PendingLostError, StepFailedError } from '../errors.ts';
import { type RunContext, save, strategyContext } from '../run/context.ts';
import { fromValue, parameterOf } from './values.ts';

export async function testStep(ctx: RunContext, _secretId: string, rotationId: string): Promise<void> {
  if (ctx.state.phase !== 'created' || ctx.state.rotationId !== rotationId) return;
  const pending = ctx.pending?.value;
  if (pending === undefined)
    throw new StepFailedError('test', 'pending-missing', 'the pending value is gone');
  try {
    await ctx.strategy.test(strategyContext(ctx), pending, fromValue(ctx, 'test'), parameterOf(ctx, 'test'));
  } catch (error) {
    if (!(error instanceof PendingLostError)) throw error;
    ctx.done.push('the pending value no longer works: making it again');
    await save(ctx, { phase: 'creating', pendingVersion: undefined });
    throw error;
  }
  await save(ctx, { phase: 'tested' });
}
