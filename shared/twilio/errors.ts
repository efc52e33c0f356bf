/**
 * Errors of the Twilio client. Every one names the operation and its path template (never
 * the account SID's value or a token), Twilio's HTTP status and error code when it answered,
 * and keeps the original as `cause` (Twilio's error document, a `fetch` failure, or, for an
 * ambiguous POST, the error it stands for).
 *
 * Which to catch:
 * - `TwilioAmbiguousError`: a POST may or may not have taken effect; read back, or redo a
 *   step that is safe to redo (creating a secondary again replaces it).
 * - `TwilioAuthError`: the account SID / token pair is not valid (any more).
 * - `TwilioNotFoundError`: e.g. no secondary token to promote or delete.
 * - `TwilioRateLimitError`, `TwilioServerError`, `TwilioNetworkError`: still failing after
 *   the client's retries; nothing was changed (or, for a DELETE, redoing it is safe).
 */

/** Where a failed call went: the operation id, method and path template. */
export interface TwilioCallInfo {
  readonly operation: string;
  readonly method: string;
  readonly path: string;
}

export interface TwilioErrorDetails {
  readonly call: TwilioCallInfo;
  /** HTTP status, when Twilio answered. */
  readonly status?: number;
  /** Twilio's numeric error code, when its answer carried one. */
  readonly code?: number;
  readonly moreInfo?: string;
  /** Attempts made, the first included. */
  readonly attempts: number;
}

/** Any failure of a Twilio call. Thrown as such for an answer no subclass describes (e.g. 400, 405). */
export class TwilioError extends Error {
  override readonly name: string = 'TwilioError';
  readonly operation: string;
  readonly method: string;
  readonly path: string;
  readonly status: number | undefined;
  readonly code: number | undefined;
  readonly moreInfo: string | undefined;
  readonly attempts: number;

  constructor(message: string, details: TwilioErrorDetails, options?: { cause?: unknown }) {
    super(message, options);
    this.operation = details.call.operation;
    this.method = details.call.method;
    this.path = details.call.path;
    this.status = details.status;
    this.code = details.code;
    this.moreInfo = details.moreInfo;
    this.attempts = details.attempts;
  }
}

/** HTTP 401, or Twilio code 20003 (also on a 403): the credentials are invalid. Never retried. */
export class TwilioAuthError extends TwilioError {
  override readonly name: string = 'TwilioAuthError';
}

/** Twilio code 20404 (HTTP 404): the resource does not exist. Never retried. */
export class TwilioNotFoundError extends TwilioError {
  override readonly name: string = 'TwilioNotFoundError';
}

/** HTTP 429 / code 20429 on every attempt: Twilio did not process the request. */
export class TwilioRateLimitError extends TwilioError {
  override readonly name: string = 'TwilioRateLimitError';
}

/** HTTP 5xx to a GET or DELETE on every attempt (a POST answered 5xx is a `TwilioAmbiguousError`). */
export class TwilioServerError extends TwilioError {
  override readonly name: string = 'TwilioServerError';
}

/**
 * No answer to a GET or DELETE on any attempt (connection refused, dropped, or timed out), or
 * a POST whose connection could not even be opened (so it was never sent).
 */
export class TwilioNetworkError extends TwilioError {
  override readonly name: string = 'TwilioNetworkError';
}

/**
 * A POST was sent and its outcome is unknown: the connection dropped or timed out before the
 * answer, Twilio answered 5xx, or it answered 2xx with a body that could not be read. It may
 * or may not have taken effect; it is never retried by the client. The caller must read back
 * (e.g. test the tokens) or redo a step that is safe to redo.
 */
export class TwilioAmbiguousError extends TwilioError {
  override readonly name: string = 'TwilioAmbiguousError';
}
