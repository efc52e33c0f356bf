/**
 * Sends one Twilio call with HTTP Basic auth (`accountSid:token`) and a form-encoded body,
 * retrying what the retry policy allows, and answers the successful attempt's status and
 * text. The text of a success is handed to the caller's parser only, never kept.
 */
import { type AttemptOutcome, attempt, type FetchLike } from './attempt.ts';
import { TWILIO_USER_AGENT, type TwilioOperation } from './constants.ts';
import type { TwilioError } from './errors.ts';
import { failureError } from './failure.ts';
import { backoffDelayMs, isRetryable } from './retry-policy.ts';

export interface RequestSettings {
  readonly baseUrls: { readonly api: string; readonly accounts: string };
  readonly fetch: FetchLike;
  readonly sleep: (ms: number) => Promise<void>;
  readonly random: () => number;
  readonly maxAttempts: number;
  readonly baseDelayMs: number;
  readonly maxDelayMs: number;
  readonly timeoutMs: number;
}

export interface TwilioCall {
  readonly operation: TwilioOperation;
  readonly accountSid: string;
  readonly token: string;
  /** Form fields of a POST. */
  readonly form?: Record<string, string>;
}

export interface TwilioAnswer {
  readonly status: number;
  readonly text: string;
  /** Attempts made, the successful one included. */
  readonly attempts: number;
}

/** Sends the call. Throws a `TwilioError` subclass (see `failure.ts`) when no attempt succeeded. */
export async function sendTwilioCall(settings: RequestSettings, call: TwilioCall): Promise<TwilioAnswer> {
  const { operation } = call;
  const path = operation.path.replace('{AccountSid}', encodeURIComponent(call.accountSid));
  const credentials = Buffer.from(`${call.accountSid}:${call.token}`).toString('base64');
  const isPost = operation.method === 'POST';
  const request = {
    url: `${settings.baseUrls[operation.host]}${path}`,
    method: operation.method,
    headers: {
      accept: 'application/json',
      authorization: `Basic ${credentials}`,
      'user-agent': TWILIO_USER_AGENT,
      ...(isPost ? { 'content-type': 'application/x-www-form-urlencoded' } : {}),
    },
    ...(isPost ? { body: new URLSearchParams(call.form ?? {}).toString() } : {}),
    timeoutMs: settings.timeoutMs,
  };
  for (let attempts = 1; ; attempts += 1) {
    const outcome = await attempt(settings.fetch, request);
    if (outcome.kind === 'answer' && outcome.status >= 200 && outcome.status < 300)
      return { status: outcome.status, text: outcome.text, attempts };
    if (attempts >= settings.maxAttempts || !isRetryable(operation.method, outcome))
      throw failure(outcome, call, attempts);
    await settings.sleep(backoffDelayMs(attempts, settings, settings.random, outcome));
  }
}

function failure(outcome: AttemptOutcome, call: TwilioCall, attempts: number): TwilioError {
  const { id, method, path } = call.operation;
  return failureError(outcome, {
    call: { operation: id, method, path },
    attempts,
    accountSid: call.accountSid,
    token: call.token,
  });
}
