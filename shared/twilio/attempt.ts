/**
 * One HTTP attempt: sends the request with a timeout and reads the whole answer, or reports
 * that there was none and whether the request may have reached Twilio.
 */

export type FetchLike = (input: string, init: RequestInit) => Promise<Response>;

export interface AttemptRequest {
  readonly url: string;
  readonly method: string;
  readonly headers: Record<string, string>;
  /** A form-encoded body. */
  readonly body?: string;
  readonly timeoutMs: number;
}

export type AttemptOutcome =
  | { readonly kind: 'answer'; readonly status: number; readonly headers: Headers; readonly text: string }
  | {
      readonly kind: 'no-answer';
      /** False only when the connection was never opened, so Twilio cannot have seen the request. */
      readonly maybeSent: boolean;
      readonly error: unknown;
    };

/** Error codes of a connection that was never established (nothing was sent). */
const NOT_SENT_CODES = new Set([
  'ECONNREFUSED',
  'ENOTFOUND',
  'EAI_AGAIN',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'UND_ERR_CONNECT_TIMEOUT',
]);

/** Sends one request. Never throws: every failure becomes an outcome. */
export async function attempt(fetchFn: FetchLike, request: AttemptRequest): Promise<AttemptOutcome> {
  let response: Response;
  try {
    response = await fetchFn(request.url, {
      method: request.method,
      headers: request.headers,
      ...(request.body === undefined ? {} : { body: request.body }),
      signal: AbortSignal.timeout(request.timeoutMs),
    });
  } catch (error) {
    return { kind: 'no-answer', maybeSent: !neverConnected(error), error };
  }
  try {
    const text = await response.text();
    return { kind: 'answer', status: response.status, headers: response.headers, text };
  } catch (error) {
    // The status line arrived, so the request did.
    return { kind: 'no-answer', maybeSent: true, error };
  }
}

/** True when the failure (or its cause) is one of the connection-phase errors. */
function neverConnected(error: unknown): boolean {
  for (let e: unknown = error, depth = 0; e instanceof Object && depth < 5; depth += 1) {
    const { code, errors } = e as { code?: unknown; errors?: unknown };
    if (typeof code === 'string' && NOT_SENT_CODES.has(code)) return true;
    if (Array.isArray(errors) && errors.length > 0 && errors.every((inner) => neverConnected(inner)))
      return true;
    e = (e as { cause?: unknown }).cause;
  }
  return false;
}
