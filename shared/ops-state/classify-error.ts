/** Sorts a failed DynamoDB write into what it means for the caller. Never throws. */
import { CONDITIONAL_CHECK_FAILED, THROTTLING_ERROR_NAMES } from './constants.ts';

export type WriteFailure =
  /** The condition was false: the write did not happen. */
  | 'condition-failed'
  /** Throttled: the write did not happen; try again after a pause. */
  | 'throttled'
  /** A definite client error (validation, missing table, access): it did not happen and never will. */
  | 'refused'
  /** A dropped connection, a timeout or a server error: the write may or may not have happened. */
  | 'ambiguous';

interface SdkErrorLike {
  name?: unknown;
  $metadata?: { httpStatusCode?: unknown };
}

export function classifyWriteError(error: unknown): WriteFailure {
  const e = (typeof error === 'object' && error !== null ? error : {}) as SdkErrorLike;
  const name = typeof e.name === 'string' ? e.name : '';
  const status = typeof e.$metadata?.httpStatusCode === 'number' ? e.$metadata.httpStatusCode : undefined;
  if (name === CONDITIONAL_CHECK_FAILED) return 'condition-failed';
  if ((THROTTLING_ERROR_NAMES as readonly string[]).includes(name) || status === 429) return 'throttled';
  if (status !== undefined && status >= 400 && status < 500) return 'refused';
  return 'ambiguous';
}

/** The error's name (an AWS error code) for messages; never its payload. */
export function errorName(error: unknown): string {
  if (typeof error === 'object' && error !== null && 'name' in error && typeof error.name === 'string') {
    return error.name;
  }
  return 'Error';
}
