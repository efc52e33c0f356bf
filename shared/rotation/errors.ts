/**
 * Domain errors of the rotation engine. Each extends `RotationError` and carries a `code`;
 * messages name secret ids, versions, steps and commands, never a secret value. The
 * original error, when there is one, is kept as `cause`.
 */
import type { InconsistencyCode, RefusalCode } from './constants.ts';

/** A rotation action could not be carried out. */
export class RotationError extends Error {
  override readonly name: string = 'RotationError';

  constructor(
    readonly code: string,
    message: string,
    options?: ErrorOptions,
  ) {
    super(message, options);
  }
}

/** Refused before anything changed; `remedy` says what the operator can do. */
export class RotationRefusedError extends RotationError {
  override readonly name: string = 'RotationRefusedError';

  constructor(
    code: RefusalCode,
    message: string,
    readonly remedy: string,
    options?: ErrorOptions,
  ) {
    super(code, message, options);
  }
}

/** Another invocation holds the secret's rotation lock; nothing was changed. */
export class RotationInProgressError extends RotationRefusedError {
  override readonly name: string = 'RotationInProgressError';
}

/** The stored state and Parameter Store disagree (C-07); `repair` is the command that fixes it. */
export class InconsistentStateError extends RotationRefusedError {
  override readonly name: string = 'InconsistentStateError';

  constructor(
    readonly inconsistency: InconsistencyCode,
    message: string,
    readonly repair: string,
  ) {
    super('inconsistent-state', message, `repair with: ${repair}`);
  }
}

/** A version was written outside the rotation at a time it cannot be adopted; nothing was changed. */
export class DriftRefusedError extends RotationRefusedError {
  override readonly name: string = 'DriftRefusedError';

  constructor(
    code: RefusalCode,
    message: string,
    remedy: string,
    readonly latest: number,
    readonly current: number,
    /** Critical while a cloak key is not retired (three keys would be live). */
    readonly critical: boolean,
  ) {
    super(code, message, remedy);
  }
}

/** A step failed part-way; the state records the last completed step, so `resume` continues. */
export class StepFailedError extends RotationError {
  override readonly name: string = 'StepFailedError';

  constructor(
    readonly step: string,
    code: string,
    message: string,
    options?: ErrorOptions,
  ) {
    super(code, message, options);
  }
}

/** The Twilio auth token stored in Parameter Store no longer authenticates (401, code 20003). */
export class TokenInvalidError extends StepFailedError {
  override readonly name: string = 'TokenInvalidError';
}

/**
 * The caller asked the run to stop (the CLI on SIGINT or SIGTERM): thrown before the next
 * change, after the call in flight finished; the state records the last completed step.
 */
export class InterruptedError extends RotationError {
  override readonly name: string = 'InterruptedError';
}

/** The dispatcher was asked for a step it does not know. */
export class UnknownStepError extends RotationError {
  override readonly name: string = 'UnknownStepError';
}

/** The stored pending value no longer works (a Twilio secondary replaced or lost): it is made again. */
export class PendingLostError extends StepFailedError {
  override readonly name: string = 'PendingLostError';
}
