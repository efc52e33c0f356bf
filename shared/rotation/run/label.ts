/** Moves one of the tool's labels during a run, keeping the run's snapshot in step. */
import { moveLabel } from '../ssm/labels.ts';
import { withLabel } from '../ssm/snapshot-edit.ts';
import { parameterOf } from '../steps/values.ts';
import type { RunContext } from './context.ts';
import { keepLock } from './lock.ts';

/** Throws `StepFailedError` (label refused, parameter missing) and the SDK's errors. */
export async function labelVersion(
  ctx: RunContext,
  step: string,
  label: string,
  version: number,
): Promise<void> {
  await keepLock(ctx.deps, ctx.lock);
  await moveLabel(ctx.deps.ssm, step, ctx.secret.canonicalName, version, label);
  ctx.parameter = withLabel(parameterOf(ctx, step), label, version);
  ctx.done.push(`labelled version ${version} \`${label}\``);
}
