/**
 * One page of the sweep's LookupEvents query: the single lookup attribute, the frozen
 * window, 50 events, and the `NextToken` of the page before. Every attempt goes through
 * the pacer. The SDK's own retries are turned off for this command (`withoutRetries`):
 * they would sleep outside the pacer and the injected clock. Instead a throttled or
 * transient failure is retried here, after a back-off that doubles, through the pacer.
 */
import type { Logger } from '@aws-lambda-powertools/logger';
import { type CloudTrailClient, LookupEventsCommand } from '@aws-sdk/client-cloudtrail';
import { withoutRetries } from '../../aws/index.ts';
import { LOOKUP_EVENTS, SWEEP_DEFAULTS } from './constants.ts';
import { LookupEventsError } from './errors.ts';
import type { Pacer, Sleep } from './pacer.ts';
import type { FrozenWindow } from './window.ts';

/** Counters of a sweep's LookupEvents calls, every attempt included. */
export interface CallStats {
  calls: number;
  /** Answers that were `ThrottlingException` (each retried after a back-off). */
  throttled: number;
  /** Other retried failures (5xx, dropped connections, timeouts). */
  transient: number;
}

export interface PageContext {
  readonly cloudTrail: CloudTrailClient;
  readonly pacer: Pacer;
  readonly sleep: Sleep;
  readonly stats: CallStats;
  readonly logger?: Logger | undefined;
}

export interface LookupPage {
  /** The `Events[]` entries as answered (normalised by the caller). */
  readonly events: readonly unknown[];
  readonly nextToken: string | undefined;
}

/** The code of a `NextToken` LookupEvents no longer accepts. */
export const INVALID_NEXT_TOKEN = 'InvalidNextTokenException';

type Failure = 'throttled' | 'transient' | 'fatal';

/**
 * Reads one page. Throws `LookupEventsError` (its `code` the last error's name) when the
 * call is refused (e.g. `InvalidNextTokenException`, `AccessDeniedException`) or still
 * throttled or failing after `SWEEP_DEFAULTS.retries` retries.
 */
export async function fetchPage(
  context: PageContext,
  window: FrozenWindow,
  nextToken: string | undefined,
): Promise<LookupPage> {
  let backoff: number = SWEEP_DEFAULTS.firstBackoffMs;
  for (let retry = 0; ; retry += 1) {
    await context.pacer.beforeCall();
    context.stats.calls += 1;
    try {
      const answer = await context.cloudTrail.send(
        withoutRetries(
          new LookupEventsCommand({
            LookupAttributes: [{ ...LOOKUP_EVENTS.attribute }],
            StartTime: window.start,
            EndTime: window.end,
            MaxResults: LOOKUP_EVENTS.maxResults,
            ...(nextToken === undefined ? {} : { NextToken: nextToken }),
          }),
        ),
      );
      context.pacer.afterCall();
      return { events: answer.Events ?? [], nextToken: answer.NextToken || undefined };
    } catch (error) {
      context.pacer.afterCall();
      const code = errorCode(error);
      const failure = classify(error, code);
      if (failure === 'fatal' || retry >= SWEEP_DEFAULTS.retries) {
        const why = failure === 'fatal' ? 'refused' : `still failing after ${retry} retries`;
        throw new LookupEventsError(`LookupEvents ${why}: ${code}`, code, { cause: error });
      }
      if (failure === 'throttled') context.stats.throttled += 1;
      else context.stats.transient += 1;
      context.logger?.warn('LookupEvents failed; retrying after a back-off', { code, backoffMs: backoff });
      await context.sleep(backoff);
      backoff = Math.min(backoff * 2, SWEEP_DEFAULTS.maxBackoffMs);
    }
  }
}

function errorCode(error: unknown): string {
  const name = (error as { name?: unknown } | null)?.name;
  return typeof name === 'string' && name !== '' ? name : 'Error';
}

/** Error names and Node error codes of a call that got no answer (a dropped connection, a timeout). */
const NO_ANSWER_NAMES = new Set(['TimeoutError', 'RequestTimeout', 'RequestTimeoutException']);
const NO_ANSWER_CODES = new Set(['ECONNRESET', 'ECONNREFUSED', 'EPIPE', 'ETIMEDOUT', 'EAI_AGAIN']);

function classify(error: unknown, code: string): Failure {
  const e = error as { $metadata?: { httpStatusCode?: unknown }; code?: unknown } | null;
  const status = e?.$metadata?.httpStatusCode;
  if (code === 'ThrottlingException' || status === 429) return 'throttled';
  if (typeof status === 'number') return status >= 500 ? 'transient' : 'fatal';
  if (NO_ANSWER_NAMES.has(code) || (typeof e?.code === 'string' && NO_ANSWER_CODES.has(e.code))) {
    return 'transient';
  }
  return 'fatal';
}
