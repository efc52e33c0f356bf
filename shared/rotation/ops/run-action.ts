/**
 * Runs one validated operator payload: the one entry point shared by the rotation
 * function and `sra`. `status` reads; every other action runs through `execute` (lock,
 * dry run, refusals and failures in the result).
 */
import type { RotationDeps } from '../deps.ts';
import type { OperatorPayload } from '../payload.ts';
import { managedSecret } from '../secret.ts';
import { cancelOperation } from './cancel.ts';
import { execute, type Operation } from './execute.ts';
import { relabelOperation } from './relabel.ts';
import type { ActionResult } from './result.ts';
import { resumeOperation } from './resume.ts';
import { retireOperation } from './retire.ts';
import { rollbackOperation } from './rollback.ts';
import { rotateOperation } from './rotate.ts';
import { type StatusResult, status } from './status.ts';

export interface ActionOptions {
  /**
   * The id of a rotation this request starts: pass the Lambda request id, so a retry of the
   * same request continues (or confirms) the same rotation instead of starting another.
   */
  readonly rotationId?: string;
}

/**
 * Runs `payload` (already validated by `operatorPayloadSchema`). Resolves a `StatusResult`
 * for `status`, else an `ActionResult` with every refusal and failure in it. Throws only
 * for what validation excludes (an unknown or strategy-less secret: `RotationRefusedError`,
 * `ParameterPathError`) and, for `status`, the SDK's and the ops table's errors.
 */
export async function runAction(
  deps: RotationDeps,
  payload: OperatorPayload,
  options: ActionOptions = {},
): Promise<ActionResult | StatusResult> {
  if (payload.action === 'status') return status(deps, payload.secret);
  const secret = managedSecret(deps.config, payload.secret ?? '');
  const dryRun = payload.dryRun ?? false;
  const operations: Record<Exclude<OperatorPayload['action'], 'status'>, () => Operation> = {
    rotate: () =>
      rotateOperation(secret, { dryRun, ...(options.rotationId ? { rotationId: options.rotationId } : {}) }),
    resume: () => resumeOperation(secret, { dryRun }),
    cancel: () => cancelOperation(secret, { dryRun }),
    retire: () =>
      retireOperation(secret, { dryRun, now: payload.now ?? false, confirm: payload.confirm ?? false }),
    rollback: () => rollbackOperation(secret, { dryRun }),
    relabel: () =>
      relabelOperation(secret, {
        dryRun,
        confirm: payload.confirm ?? false,
        versions: payload.versions ?? { current: 0 },
      }),
  };
  return execute(deps, operations[payload.action]());
}
