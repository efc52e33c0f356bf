/** The client's options merged over its defaults, checked; unknown options are refused. */
import type { FetchLike } from './attempt.ts';
import { checkTwilioBaseUrl } from './base-url.ts';
import type { RequestSettings } from './request.ts';

export interface ResolvedOptions {
  apiBaseUrl: string;
  accountsBaseUrl: string;
  fetch: FetchLike;
  sleep: (ms: number) => Promise<void>;
  maxAttempts: number;
  timeoutMs: number;
  baseDelayMs: number;
  maxDelayMs: number;
}

const KNOWN = new Set(['apiBaseUrl', 'accountsBaseUrl', 'fetch', 'sleep', 'maxAttempts', 'timeoutMs']);

/**
 * Merges `options` over `defaults` (an option given as undefined keeps the default).
 * Throws a `TypeError` for an unknown option or a refused base URL, a `RangeError` for
 * `maxAttempts` or `timeoutMs` that is not a positive integer.
 */
export function resolveSettings(options: object, defaults: ResolvedOptions): RequestSettings {
  for (const key of Object.keys(options))
    if (!KNOWN.has(key)) throw new TypeError(`createTwilioClient: unknown option "${key}"`);
  const given = Object.fromEntries(Object.entries(options).filter(([, v]) => v !== undefined));
  const merged: ResolvedOptions = { ...defaults, ...given };
  for (const key of ['maxAttempts', 'timeoutMs'] as const) {
    if (!Number.isInteger(merged[key]) || merged[key] < 1)
      throw new RangeError(`createTwilioClient: ${key} must be a positive integer, got ${merged[key]}`);
  }
  return {
    baseUrls: {
      api: baseUrl('apiBaseUrl', merged.apiBaseUrl),
      accounts: baseUrl('accountsBaseUrl', merged.accountsBaseUrl),
    },
    fetch: merged.fetch,
    sleep: merged.sleep,
    random: Math.random,
    maxAttempts: merged.maxAttempts,
    baseDelayMs: merged.baseDelayMs,
    maxDelayMs: merged.maxDelayMs,
    timeoutMs: merged.timeoutMs,
  };
}

function baseUrl(name: string, text: string): string {
  const checked = checkTwilioBaseUrl(text);
  if (!checked.ok) throw new TypeError(`createTwilioClient: ${name} ${checked.reason}`);
  return checked.url;
}
