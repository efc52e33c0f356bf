/**
 * The structured refusal every handler answers instead of throwing, for what the caller can
 * act on: a bad payload, a known domain error. Everything else is thrown (Lambda's failure
 * destination gets it).
 */

/** One problem of a payload: the field as a dotted path (`window.from`, `names.2`) and why. */
export interface PayloadIssue {
  readonly path: string;
  readonly message: string;
}

export interface ErrorResult {
  readonly ok: false;
  readonly error: {
    readonly code: string;
    readonly message: string;
    readonly issues?: readonly PayloadIssue[];
    readonly details?: Readonly<Record<string, unknown>>;
  };
}

/** Builds a refusal. Never throws. */
export function errorResult(
  code: string,
  message: string,
  extra: { issues?: readonly PayloadIssue[]; details?: Record<string, unknown> } = {},
): ErrorResult {
  return { ok: false, error: { code, message, ...extra } };
}

/** True for a refusal (`{ ok: false, ... }`) answered by a handler or a middleware. Never throws. */
export function isErrorResult(value: unknown): value is ErrorResult {
  return typeof value === 'object' && value !== null && (value as { ok?: unknown }).ok === false;
}
