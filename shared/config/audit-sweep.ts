/**
 * The audit sweep's section of the configuration: how far an incremental sweep's window
 * reaches back before the end of the previous one (so late CloudTrail deliveries are still
 * seen), and how far the daily reconciliation sweep looks back. Durations are written as
 * `20m`, `25h` and held in milliseconds.
 */
import { durationMs } from './catalog.ts';

/** Defaults, in the form they are written. */
export const AUDIT_SWEEP_DEFAULTS = {
  /** CloudTrail delivers in about 5 minutes on average, sometimes much later. */
  overlap: '20m',
  /** The daily reconciliation sweep covers a day and an hour. */
  reconcileLookback: '25h',
} as const;

/** LookupEvents keeps 90 days; a window reaching further back would only find nothing. */
const MAX_LOOKBACK_MS = 90 * 24 * 60 * 60_000;
const MAX_OVERLAP_MS = 24 * 60 * 60_000;

/** The validated sweep settings, as `Config.auditSweep` holds them. */
export interface AuditSweepSettings {
  overlapMs: number;
  reconcileLookbackMs: number;
}

/** The zod fields of the sweep keys, merged into the flat configuration schema. */
export const auditSweepConfigFields = {
  SRA_AUDIT_OVERLAP: durationMs
    .refine((ms) => ms >= 60_000 && ms <= MAX_OVERLAP_MS, 'must be between 1m and 24h')
    .prefault(AUDIT_SWEEP_DEFAULTS.overlap),
  SRA_AUDIT_RECONCILE_LOOKBACK: durationMs
    .refine((ms) => ms >= 60 * 60_000 && ms <= MAX_LOOKBACK_MS, 'must be between 1h and 90d')
    .prefault(AUDIT_SWEEP_DEFAULTS.reconcileLookback),
};

/** Builds the settings from the parsed keys. Never throws. */
export function buildAuditSweepSettings(values: {
  SRA_AUDIT_OVERLAP: number;
  SRA_AUDIT_RECONCILE_LOOKBACK: number;
}): AuditSweepSettings {
  return { overlapMs: values.SRA_AUDIT_OVERLAP, reconcileLookbackMs: values.SRA_AUDIT_RECONCILE_LOOKBACK };
}
