/**
 * Turns what stopped an action into its result, its alert and (for a failed step) the
 * state's `lastError`: a refusal changed nothing; a failed step left the state at the last
 * completed step; a lost lock or a state written by another invocation stops at once,
 * writing nothing more. Every message is redacted of the run's secret values.
 */
import { type Alert, redact } from '../../alerts/index.ts';
import { LockLostError, RevisionConflictError } from '../../ops-state/index.ts';
import { driftAlert, inconsistentAlert, refusedAlert, tokenInvalidAlert } from '../alerts/conditions.ts';
import { failedAlert } from '../alerts/events.ts';
import {
  DriftRefusedError,
  InconsistentStateError,
  InterruptedError,
  RotationInProgressError,
  RotationRefusedError,
  StepFailedError,
  TokenInvalidError,
} from '../errors.ts';
import { nowIso, type RunContext, save } from '../run/context.ts';
import { errorCode } from '../ssm/classify.ts';
import { inProgress } from '../state.ts';
import type { Outcome } from './result.ts';

export interface Stopped {
  readonly outcome: Outcome;
  readonly error: { code: string; message: string; remedy?: string };
  readonly alerts: Alert[];
}

/** Classifies `error`. `alertRefusals`: whether a refusal is alerted (rotations) or only answered. Never throws. */
export function stopped(
  error: unknown,
  secretId: string,
  values: readonly string[],
  alertRefusals: boolean,
): Stopped {
  const message = redact(error instanceof Error ? error.message : String(error), values);
  if (error instanceof InconsistentStateError) {
    return {
      outcome: 'refused',
      error: { code: error.code, message, remedy: error.remedy },
      alerts: [inconsistentAlert(secretId, error.inconsistency, message, error.repair)],
    };
  }
  if (error instanceof DriftRefusedError) {
    const { latest, current, critical } = error;
    return {
      outcome: 'refused',
      error: { code: error.code, message, remedy: error.remedy },
      alerts: [driftAlert(secretId, latest, current, false, critical)],
    };
  }
  if (error instanceof RotationRefusedError) {
    const alerts =
      alertRefusals && !(error instanceof RotationInProgressError)
        ? [refusedAlert(secretId, error.code, message, error.remedy)]
        : [];
    return { outcome: 'refused', error: { code: error.code, message, remedy: error.remedy }, alerts };
  }
  if (error instanceof InterruptedError) {
    return {
      outcome: 'interrupted',
      error: {
        code: error.code,
        message: `${message}: stopped after the call in flight; the state records the last completed step`,
        remedy: `sra status ${secretId}; then sra resume ${secretId} continues a rotation (sra cancel ${secretId} ends one not yet promoted), or run the action again`,
      },
      alerts: [],
    };
  }
  if (error instanceof LockLostError || error instanceof RevisionConflictError) {
    const code = error instanceof LockLostError ? 'lock-lost' : 'state-conflict';
    return {
      outcome: 'failed',
      error: { code, message: `${message}; stopped without further changes` },
      alerts: [],
    };
  }
  const step = error instanceof StepFailedError ? error.step : 'run';
  const code = error instanceof StepFailedError ? error.code : errorCode(error);
  return { outcome: 'failed', error: { code, message: `${step}: ${message}` }, alerts: [] };
}

/**
 * For a failed step of a rotation: records `lastError` (best effort) and builds its alert
 * (`token-invalid` for a dead Twilio token, else `rotation-failed`). Never throws.
 */
export async function recordFailure(ctx: RunContext, error: unknown, stop: Stopped): Promise<Alert[]> {
  if (stop.outcome !== 'failed' || error instanceof LockLostError || error instanceof RevisionConflictError)
    return [];
  const step = error instanceof StepFailedError ? error.step : ctx.state.phase;
  const rotationId = ctx.state.rotationId ?? 'none';
  if (inProgress(ctx.state) || ctx.state.phase !== 'idle') {
    try {
      await save(
        ctx,
        { lastError: { step, code: stop.error.code, message: stop.error.message, at: nowIso(ctx) } },
        false,
      );
    } catch (saveError) {
      ctx.deps.logger?.warn('could not record the failure in the rotation state', {
        error: errorCode(saveError),
      });
    }
  }
  if (error instanceof TokenInvalidError) return [tokenInvalidAlert(ctx.secret.id, stop.error.message)];
  return [failedAlert(ctx.secret.id, rotationId, step, stop.error.code, stop.error.message)];
}
