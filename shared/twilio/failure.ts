/**
 * Turns the last failed attempt into the error the caller sees. Messages name the operation
 * and path template, Twilio's status, code and message, and never a credential: the
 * account SID and the token of the call are scrubbed from Twilio's text as well.
 */
import { redact } from '../alerts/redact.ts';
import type { AttemptOutcome } from './attempt.ts';
import { TWILIO_ERROR_CODES } from './constants.ts';
import {
  TwilioAmbiguousError,
  TwilioAuthError,
  type TwilioCallInfo,
  TwilioError,
  TwilioNetworkError,
  TwilioNotFoundError,
  TwilioRateLimitError,
  TwilioServerError,
} from './errors.ts';

export interface FailureContext {
  readonly call: TwilioCallInfo;
  readonly attempts: number;
  readonly accountSid: string;
  readonly token: string;
}

/** Twilio's error document, as far as it could be read. */
interface TwilioErrorDocument {
  code?: number;
  message?: string;
  more_info?: string;
  status?: number;
}

/** The error for a failed outcome. Never throws (it returns the error). */
export function failureError(outcome: AttemptOutcome, ctx: FailureContext): TwilioError {
  const where = `Twilio ${ctx.call.operation} (${ctx.call.method} ${ctx.call.path})`;
  const tries = ctx.attempts > 1 ? ` after ${ctx.attempts} attempts` : '';
  if (outcome.kind === 'no-answer') {
    const details = { call: ctx.call, attempts: ctx.attempts };
    const why = `no answer (${scrub(describe(outcome.error), ctx)})`;
    if (outcome.maybeSent && ctx.call.method === 'POST')
      return new TwilioAmbiguousError(`${where}: ${why}; it may or may not have taken effect`, details, {
        cause: outcome.error,
      });
    return new TwilioNetworkError(`${where} failed${tries}: ${why}`, details, { cause: outcome.error });
  }
  const doc = readErrorDocument(outcome.text);
  const details = {
    call: ctx.call,
    attempts: ctx.attempts,
    status: outcome.status,
    ...(doc.code === undefined ? {} : { code: doc.code }),
    ...(doc.more_info === undefined ? {} : { moreInfo: doc.more_info }),
  };
  const text = doc.message === undefined ? '' : `: ${scrub(doc.message, ctx)}`;
  const message = `${where} failed${tries}: HTTP ${outcome.status}${doc.code === undefined ? '' : `, code ${doc.code}`}${text}`;
  const options = {
    cause: { ...doc, ...(doc.message === undefined ? {} : { message: scrub(doc.message, ctx) }) },
  };
  if (outcome.status === 401 || doc.code === TWILIO_ERROR_CODES.authenticate)
    return new TwilioAuthError(message, details, options);
  if (outcome.status === 429 || doc.code === TWILIO_ERROR_CODES.tooManyRequests)
    return new TwilioRateLimitError(message, details, options);
  if (doc.code === TWILIO_ERROR_CODES.notFound) return new TwilioNotFoundError(message, details, options);
  if (outcome.status >= 500) {
    const server = new TwilioServerError(message, details, options);
    if (ctx.call.method !== 'POST') return server;
    return new TwilioAmbiguousError(`${message}; it may or may not have taken effect`, details, {
      cause: server,
    });
  }
  return new TwilioError(message, details, options);
}

/** The fields of Twilio's error document that have the expected types; nothing else is kept. */
function readErrorDocument(text: string): TwilioErrorDocument {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return {};
  }
  if (typeof parsed !== 'object' || parsed === null) return {};
  const { code, message, more_info, status } = parsed as Record<string, unknown>;
  const doc: TwilioErrorDocument = {};
  if (typeof code === 'number' && Number.isInteger(code)) doc.code = code;
  if (typeof message === 'string') doc.message = message.slice(0, 500);
  if (typeof more_info === 'string') doc.more_info = more_info.slice(0, 500);
  if (typeof status === 'number') doc.status = status;
  return doc;
}

function describe(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const cause = error.cause instanceof Error ? `: ${error.cause.message}` : '';
  return `${error.name}: ${error.message}${cause}`;
}

function scrub(text: string, ctx: FailureContext): string {
  const withoutSid = ctx.accountSid === '' ? text : text.replaceAll(ctx.accountSid, '{AccountSid}');
  return redact(withoutSid, [ctx.token]);
}
