/** Sorts a failed SSM call into what it means for the caller. Never throws. */

export type SsmFailure =
  /** The parameter (or the label in a selector) does not exist. */
  | 'not-found'
  /** Throttled or `TooManyUpdates`: the call did not take effect; try again after a pause. */
  | 'throttled'
  /** A dropped connection, a timeout or a server error: it may or may not have taken effect. */
  | 'ambiguous'
  /** Any other client error: it did not take effect and will not. */
  | 'refused';

const THROTTLED = new Set(['ThrottlingException', 'TooManyUpdates', 'RequestLimitExceeded']);

interface SdkErrorLike {
  name?: unknown;
  $metadata?: { httpStatusCode?: unknown };
}

export function classifySsmError(error: unknown): SsmFailure {
  const name = errorCode(error);
  const e = (typeof error === 'object' && error !== null ? error : {}) as SdkErrorLike;
  const status = typeof e.$metadata?.httpStatusCode === 'number' ? e.$metadata.httpStatusCode : undefined;
  if (name === 'ParameterNotFound') return 'not-found';
  if (THROTTLED.has(name) || status === 429) return 'throttled';
  if (status !== undefined && status >= 400 && status < 500) return 'refused';
  return 'ambiguous';
}

/** The error's name (an AWS error code) for messages and results; never its payload. */
export function errorCode(error: unknown): string {
  if (typeof error === 'object' && error !== null && 'name' in error && typeof error.name === 'string') {
    return error.name;
  }
  return 'Error';
}

/** Waits `ms` milliseconds of real time (back-off between attempts). */
export const pause = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));
