/**
 * Reads a frozen window page by page into a batch: every page sends the same window with
 * the previous page's `NextToken` (C-11). Before each page it checks the time left and
 * keeps the lease; it stops when time runs low, answering the token to continue from.
 */
import type { Finding } from '../rules/index.ts';
import { LookupEventsError } from './errors.ts';
import { fetchPage, INVALID_NEXT_TOKEN, type PageContext } from './lookup-page.ts';
import type { SweepProgress } from './types.ts';
import type { FrozenWindow } from './window.ts';
import type { WindowBatch } from './window-batch.ts';

export interface ReadContext {
  readonly page: PageContext;
  readonly batch: WindowBatch;
  /** True when there is no time left for another page. */
  readonly shouldStop: () => boolean;
  /** Renews the lease when due; throws `LockLostError` when it was lost. */
  readonly keepLease: () => Promise<void>;
  readonly onProgress?: ((progress: SweepProgress) => void) | undefined;
}

export interface ReadResult {
  /** The last page was read. */
  readonly finished: boolean;
  /** Where to continue when not finished (undefined: from the window's start). */
  readonly nextToken: string | undefined;
  /** This run started from a token (it did not read the newest part of the window). */
  readonly fromToken: boolean;
  readonly pages: number;
  readonly instant: Finding[];
  /** Set when LookupEvents failed for good: the read stopped at `nextToken`. */
  readonly error?: LookupEventsError;
}

/**
 * Reads from `token` (or the window's newest event) until the last page, until time runs
 * low, or until LookupEvents fails for good (answered as `error`, so what was read is kept).
 * A token LookupEvents no longer accepts restarts the window from its newest event once
 * (re-evaluating is harmless: alerts are de-duplicated). Throws `LockLostError` and the
 * table's errors.
 */
export async function readWindow(
  context: ReadContext,
  window: FrozenWindow,
  token: string | undefined,
): Promise<ReadResult> {
  const instant: Finding[] = [];
  let next = token;
  let fromToken = token !== undefined;
  let restarted = false;
  let pages = 0;
  for (;;) {
    if (context.shouldStop()) return { finished: false, nextToken: next, fromToken, pages, instant };
    await context.keepLease();
    let page: Awaited<ReturnType<typeof fetchPage>>;
    try {
      page = await fetchPage(context.page, window, next);
    } catch (error) {
      if (!(error instanceof LookupEventsError)) throw error;
      if (error.code !== INVALID_NEXT_TOKEN || restarted) {
        return { finished: false, nextToken: next, fromToken, pages, instant, error };
      }
      context.page.logger?.warn('the checkpoint NextToken was refused; reading the window again');
      restarted = true;
      next = undefined;
      fromToken = false;
      continue;
    }
    pages += 1;
    instant.push(...context.batch.addEvents(page.events));
    context.onProgress?.({ pages, events: context.batch.counts.events });
    next = page.nextToken;
    if (next === undefined) return { finished: true, nextToken: undefined, fromToken, pages, instant };
  }
}
