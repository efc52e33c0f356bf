/**
 * The rotation section of the configuration: the Twilio grace period, when a rotation is
 * stuck, when a scheduled rotation is overdue, and how often a standing condition is
 * alerted again. Durations are written as `24h`, `2h`, `90d` and held in milliseconds.
 */
import { durationMs } from './catalog.ts';

/** Defaults, in the form they are written. */
export const ROTATION_DEFAULTS = {
  /** Both Twilio tokens work this long after the SSM promotion; the pods are rolled meanwhile. */
  gracePeriod: '24h',
  /** A rotation that made no progress this long is stuck (longer than the lock lease and a tick). */
  stuckAfter: '2h',
  /** Stuck, overdue, retirement-due, drift and inconsistent-state alerts repeat at most this often. */
  reNotifyInterval: '24h',
} as const;

/** Without SRA_OVERDUE_AFTER, a rotation is overdue a tenth of its interval past due, but at least this long. */
export const MINIMUM_OVERDUE_AFTER_MS = 60 * 60_000;

/** The validated rotation settings, as `Config.rotation` holds them. */
export interface RotationSettings {
  gracePeriodMs: number;
  stuckAfterMs: number;
  /** How long past its due time a scheduled rotation is overdue; undefined: derived per secret. */
  overdueAfterMs: number | undefined;
  reNotifyIntervalMs: number;
}

/** The zod fields of the rotation keys, merged into the flat configuration schema. */
export const rotationConfigFields = {
  SRA_GRACE_PERIOD: durationMs.prefault(ROTATION_DEFAULTS.gracePeriod),
  SRA_STUCK_AFTER: durationMs.prefault(ROTATION_DEFAULTS.stuckAfter),
  SRA_OVERDUE_AFTER: durationMs.optional(),
  SRA_RENOTIFY_INTERVAL: durationMs.prefault(ROTATION_DEFAULTS.reNotifyInterval),
};

/**
 * Builds the settings from the parsed keys. Returns the problems (each naming its key)
 * instead when the stuck time is not longer than the lock lease: a rotation whose holder
 * died is only resumed after its lease, so it must not be called stuck before.
 */
export function buildRotationSettings(
  values: {
    SRA_GRACE_PERIOD: number;
    SRA_STUCK_AFTER: number;
    SRA_OVERDUE_AFTER?: number | undefined;
    SRA_RENOTIFY_INTERVAL: number;
  },
  lockLeaseMs: number,
): { settings: RotationSettings; problems: string[] } {
  const problems: string[] = [];
  if (values.SRA_STUCK_AFTER <= lockLeaseMs) {
    problems.push(
      'SRA_STUCK_AFTER: must be longer than SRA_LOCK_LEASE (a dead holder keeps the lock that long)',
    );
  }
  return {
    settings: {
      gracePeriodMs: values.SRA_GRACE_PERIOD,
      stuckAfterMs: values.SRA_STUCK_AFTER,
      overdueAfterMs: values.SRA_OVERDUE_AFTER,
      reNotifyIntervalMs: values.SRA_RENOTIFY_INTERVAL,
    },
    problems,
  };
}

/**
 * How long past its due time a rotation of a secret with interval `everyMs` is overdue:
 * the configured value, or a tenth of the interval but at least one hour. Never throws.
 */
export function overdueAfterMs(settings: RotationSettings, everyMs: number): number {
  if (settings.overdueAfterMs !== undefined) return settings.overdueAfterMs;
  return Math.max(Math.round(everyMs / 10), MINIMUM_OVERDUE_AFTER_MS);
}
