/**
 * A small Twilio REST client over `fetch` for the auth-token calls of the rotation (no
 * Twilio SDK). Create it once (module scope in a handler) and pass it in.
 *
 * Retries: a 429 on every call; a 5xx or a lost connection only on GET and DELETE; a POST
 * that may have reached Twilio is never sent twice (see `TwilioAmbiguousError`).
 * `SuppressEmailNotification` is not sent unless asked for, so Twilio emails the account's
 * owners and admins about each token change, as it does for a change made in the Console.
 */
import { setTimeout as wait } from 'node:timers/promises';
import {
  type Promotion,
  readAccount,
  readPromotion,
  readSecondaryToken,
  type SecondaryToken,
  type TwilioAccount,
} from './answers.ts';
import type { FetchLike } from './attempt.ts';
import {
  TWILIO_BASE_URLS,
  TWILIO_OPERATIONS,
  TWILIO_RETRY_DEFAULTS,
  type TwilioOperation,
} from './constants.ts';
import { TwilioAmbiguousError, TwilioError, TwilioNotFoundError } from './errors.ts';
import { resolveSettings } from './options.ts';
import { type RequestSettings, sendTwilioCall } from './request.ts';

export interface TwilioClientOptions {
  /** Default `https://api.twilio.com` (`config.twilio.apiBaseUrl`). */
  apiBaseUrl?: string;
  /** Default `https://accounts.twilio.com` (`config.twilio.accountsBaseUrl`). */
  accountsBaseUrl?: string;
  /** Default the global `fetch`. */
  fetch?: FetchLike;
  /** How the client waits between attempts; tests pass one that does not wait. */
  sleep?: (ms: number) => Promise<void>;
  /** Attempts in all, the first included (default 4). */
  maxAttempts?: number;
  /** Time allowed for one attempt (default 10 s). */
  timeoutMs?: number;
}

export interface TokenChangeOptions {
  /** Sends `SuppressEmailNotification=true` (default: not sent, so Twilio emails the owners). */
  suppressEmailNotification?: boolean;
}

/** Every call authenticates with HTTP Basic `accountSid:token`; errors never carry either. */
export interface TwilioClient {
  /**
   * Proves that the pair authenticates: `{ sid, status }` of the account (its `auth_token`
   * is dropped unread). Throws `TwilioAuthError` for invalid credentials,
   * `TwilioNotFoundError` for another account's SID, and the other errors of `errors.ts`.
   */
  fetchAccount(accountSid: string, token: string): Promise<TwilioAccount>;
  /**
   * Creates a secondary token (replacing an existing one) and answers it with its creation
   * date. Throws `TwilioAmbiguousError` when the outcome is unknown (creating again is safe:
   * it replaces), `TwilioAuthError`, and the other errors of `errors.ts`.
   */
  createSecondaryToken(
    accountSid: string,
    token: string,
    options?: TokenChangeOptions,
  ): Promise<SecondaryToken>;
  /**
   * Deletes the secondary token: `'deleted'`, or `'absent'` when there was none (Twilio's
   * 20404; also when a retry follows an attempt that deleted it). Throws `TwilioAuthError`
   * and the other errors of `errors.ts`.
   */
  deleteSecondaryToken(accountSid: string, token: string): Promise<'deleted' | 'absent'>;
  /**
   * Promotes the secondary token to primary; the old primary stops working at once. Answers
   * only the date (the new primary is the secondary the caller already holds). Throws
   * `TwilioNotFoundError` when there is no secondary, `TwilioAmbiguousError` when the outcome
   * is unknown (test which token works), `TwilioAuthError`, and the other errors of `errors.ts`.
   */
  promoteSecondaryToken(accountSid: string, token: string, options?: TokenChangeOptions): Promise<Promotion>;
}

/**
 * Creates the client. Throws a `TypeError` for a base URL that is not https (http only for
 * a loopback host) or an unknown option, a `RangeError` for `maxAttempts` or `timeoutMs`
 * that is not a positive integer.
 */
export function createTwilioClient(options: TwilioClientOptions = {}): TwilioClient {
  const settings: RequestSettings = resolveSettings(options, {
    apiBaseUrl: TWILIO_BASE_URLS.api,
    accountsBaseUrl: TWILIO_BASE_URLS.accounts,
    fetch: (input, init) => fetch(input, init),
    sleep: async (ms) => {
      await wait(ms);
    },
    ...TWILIO_RETRY_DEFAULTS,
  });
  const call = async <T>(
    operation: TwilioOperation,
    accountSid: string,
    token: string,
    read: (text: string) => T | undefined,
    form?: Record<string, string>,
  ): Promise<T> => {
    const answer = await sendTwilioCall(settings, {
      operation,
      accountSid,
      token,
      ...(form ? { form } : {}),
    });
    const value = read(answer.text);
    if (value === undefined) throw unreadable(operation, answer.status, answer.attempts);
    return value;
  };
  return {
    fetchAccount: (accountSid, token) => call(TWILIO_OPERATIONS.fetchAccount, accountSid, token, readAccount),
    createSecondaryToken: (accountSid, token, opts) =>
      call(TWILIO_OPERATIONS.createSecondary, accountSid, token, readSecondaryToken, tokenForm(opts)),
    deleteSecondaryToken: async (accountSid, token) => {
      try {
        await call(TWILIO_OPERATIONS.deleteSecondary, accountSid, token, () => true);
        return 'deleted';
      } catch (error) {
        if (error instanceof TwilioNotFoundError) return 'absent';
        throw error;
      }
    },
    promoteSecondaryToken: (accountSid, token, opts) =>
      call(TWILIO_OPERATIONS.promote, accountSid, token, readPromotion, tokenForm(opts)),
  };
}

function tokenForm(options: TokenChangeOptions | undefined): Record<string, string> | undefined {
  return options?.suppressEmailNotification ? { SuppressEmailNotification: 'true' } : undefined;
}

/** A 2xx whose body could not be read: a POST took effect (ambiguous for the caller), a GET just failed. */
function unreadable(operation: TwilioOperation, status: number, attempts: number): TwilioError {
  const call = { operation: operation.id, method: operation.method, path: operation.path };
  const message = `Twilio ${operation.id} (${operation.method} ${operation.path}) answered HTTP ${status} with a body that could not be read`;
  const details = { call, status, attempts };
  return operation.method === 'POST'
    ? new TwilioAmbiguousError(`${message}; it took effect, but its result is lost`, details)
    : new TwilioError(message, details);
}
