/**
 * When a failed attempt is sent again, and after how long.
 * - 429: always (Twilio did not process the request);
 * - 5xx or no answer: only GET and DELETE (a POST may have taken effect);
 * - a connection that was never opened: any method (nothing was sent).
 * Delays grow exponentially with "equal jitter" (half fixed, half random), capped, and are
 * never shorter than a `Retry-After` the answer asked for (itself capped).
 */
import type { AttemptOutcome } from './attempt.ts';

export interface BackoffSettings {
  readonly baseDelayMs: number;
  readonly maxDelayMs: number;
}

const IDEMPOTENT = new Set(['GET', 'DELETE']);

/** True when the outcome may be retried for this method. Never throws. */
export function isRetryable(method: string, outcome: AttemptOutcome): boolean {
  if (outcome.kind === 'no-answer') return !outcome.maybeSent || IDEMPOTENT.has(method);
  if (outcome.status === 429) return true;
  return outcome.status >= 500 && IDEMPOTENT.has(method);
}

/**
 * The wait before attempt `failedAttempt + 1`, in ms: between half and all of
 * `min(maxDelayMs, baseDelayMs * 2^(failedAttempt - 1))`, at least `Retry-After` (capped).
 * `random` answers a number in [0, 1). Never throws.
 */
export function backoffDelayMs(
  failedAttempt: number,
  settings: BackoffSettings,
  random: () => number,
  outcome?: AttemptOutcome,
): number {
  const ceiling = Math.min(settings.maxDelayMs, settings.baseDelayMs * 2 ** (failedAttempt - 1));
  const delay = Math.round(ceiling / 2 + (random() * ceiling) / 2);
  const asked = outcome?.kind === 'answer' ? retryAfterMs(outcome.headers.get('retry-after')) : undefined;
  return asked === undefined ? delay : Math.max(delay, Math.min(asked, settings.maxDelayMs));
}

/** `Retry-After` in seconds (the only form Twilio uses), or undefined. */
function retryAfterMs(header: string | null): number | undefined {
  if (header === null || !/^\d{1,6}$/.test(header.trim())) return undefined;
  return Number(header.trim()) * 1000;
}
