/**
 * Time-based conditions of a secret: when its next scheduled rotation is due, whether it is
 * overdue, whether its rotation is stuck, and when its retirement is due. Pure; never throws.
 */
import { type CatalogEntryConfig, overdueAfterMs, type RotationSettings } from '../../config/index.ts';
import { inProgress, type SecretState } from '../state.ts';

const ms = (iso: string | undefined) => (iso === undefined ? undefined : Date.parse(iso));

/** When the next scheduled rotation is due: the interval after the last promotion or adoption. */
export function nextDue(entry: CatalogEntryConfig, state: SecretState): Date | undefined {
  const from = ms(state.lastChangeAt);
  if (!entry.schedule.enabled || from === undefined) return undefined;
  return new Date(from + entry.schedule.everyMs);
}

/** Whether a scheduled rotation should start now. */
export function rotationDue(entry: CatalogEntryConfig, state: SecretState, now: Date): boolean {
  const due = nextDue(entry, state);
  return due !== undefined && state.phase === 'idle' && now.getTime() >= due.getTime();
}

/** The due time of an overdue scheduled rotation, or undefined. */
export function overdueSince(
  entry: CatalogEntryConfig,
  state: SecretState,
  settings: RotationSettings,
  now: Date,
): Date | undefined {
  const due = nextDue(entry, state);
  if (due === undefined) return undefined;
  return now.getTime() > due.getTime() + overdueAfterMs(settings, entry.schedule.everyMs) ? due : undefined;
}

/** Since when a rotation in progress has made no progress, when that is longer than `stuckAfterMs`. */
export function stuckSince(state: SecretState, settings: RotationSettings, now: Date): string | undefined {
  const since = state.stepAt ?? state.startedAt;
  if (!inProgress(state) && state.phase !== 'rolling-back') return undefined;
  if (since === undefined) return undefined;
  return now.getTime() - Date.parse(since) > settings.stuckAfterMs ? since : undefined;
}

/** When the old value's retirement is due (the grace period after the promotion), or undefined. */
export function retirementDueAt(state: SecretState, settings: RotationSettings): Date | undefined {
  const promoted = ms(state.promotedAt);
  if (
    promoted === undefined ||
    (state.phase !== 'awaiting-retire' && state.phase !== 'awaiting-reencryption')
  ) {
    return undefined;
  }
  return new Date(promoted + settings.gracePeriodMs);
}
