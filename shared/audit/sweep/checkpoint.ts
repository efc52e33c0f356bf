/**
 * The checkpoint of a scheduled sweep mode: where a sweep starts (an unfinished window is
 * continued before a new one begins) and what it leaves for the next (the finished window,
 * or the frozen window and NextToken to continue from). Written only by the lease holder.
 */
import type { Clock } from '../../clock/index.ts';
import type { AuditSweepSettings } from '../../config/index.ts';
import { loadCheckpoint, type OpsTable, type SweepMode, saveCheckpoint } from '../../ops-state/index.ts';
import { type FrozenWindow, incrementalWindow, reconcileWindow } from './window.ts';

/** What a scheduled sweep reads: a new window, or the rest of an unfinished one. */
export interface SweepPlan {
  readonly window: FrozenWindow;
  readonly token: string | undefined;
  readonly continued: boolean;
}

/**
 * The plan of a scheduled sweep from its checkpoint. Throws `CorruptItemError`,
 * `OpsStateError`, `OpsStateUnavailableError` as `loadCheckpoint`.
 */
export async function planScheduled(
  ops: OpsTable,
  mode: SweepMode,
  clock: Clock,
  settings: AuditSweepSettings,
): Promise<SweepPlan> {
  const checkpoint = await loadCheckpoint(ops, mode);
  if (checkpoint?.status === 'in-progress') {
    const window = { start: checkpoint.windowStart, end: checkpoint.windowEnd };
    return { window, token: checkpoint.nextToken, continued: true };
  }
  const now = clock.now();
  const window =
    mode === 'incremental'
      ? incrementalWindow(now, checkpoint, settings.overlapMs)
      : reconcileWindow(now, settings.reconcileLookbackMs);
  return { window, token: undefined, continued: false };
}

/**
 * Saves where the sweep got to: `complete`, or `in-progress` with the token to continue
 * from (none: from the window's newest event). Throws `OpsStateError`,
 * `OpsStateUnavailableError` as `saveCheckpoint`.
 */
export async function saveProgress(
  ops: OpsTable,
  mode: SweepMode,
  window: FrozenWindow,
  read: { finished: boolean; nextToken: string | undefined },
): Promise<void> {
  await saveCheckpoint(ops, {
    mode,
    windowStart: window.start,
    windowEnd: window.end,
    nextToken: read.finished ? undefined : read.nextToken,
    status: read.finished ? 'complete' : 'in-progress',
  });
}
