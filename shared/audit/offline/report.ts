/**
 * The report of an operator's audit (`sra audit`), from log files or from LookupEvents: the
 * document `--json` prints, whose schema `docs/audit.md` describes. Findings most severe
 * first; counts of what was read and skipped, and why.
 */
import { type AlertCounts, type FindingView, findingView, sortFindings } from '../findings/index.ts';
import type { Finding } from '../rules/index.ts';
import type { SweepSummary } from '../sweep/index.ts';
import type { OfflineAuditResult, SkippedEntry } from './audit-logs.ts';

/** Identifies the document. */
export const AUDIT_REPORT_SCHEMA = 'ssm-rotation-audit/audit-report/v1';

export interface AuditReport {
  schema: typeof AUDIT_REPORT_SCHEMA;
  /** `logs`: files given with `--logs`; `lookup-events`: a window read with LookupEvents. */
  source: 'logs' | 'lookup-events';
  /** The window read (ISO, inclusive); null for log files. */
  window: { start: string; end: string } | null;
  counts: {
    /** Files read (null for LookupEvents). */
    files: number | null;
    /** Records (or LookupEvents entries) read, normalised or skipped. */
    read: number;
    /** Normalised and evaluated by every rule. */
    records: number;
    /** Repeats of an event already evaluated (LookupEvents only). */
    duplicates: number;
    skipped: number;
    skippedByReason: Record<string, number>;
  };
  /** The first skipped records, with why (files only). */
  skipped: SkippedEntry[];
  findings: FindingView[];
  alerts: AlertCounts;
  /** The LookupEvents calls made (null for log files). */
  lookupEvents: { pages: number; calls: number; throttled: number } | null;
}

const total = (counts: Record<string, number>) => Object.values(counts).reduce((a, b) => a + b, 0);
const views = (findings: readonly Finding[]) => sortFindings(findings).map(findingView);

/** The report of an audit of log files. Never throws. */
export function logsReport(result: OfflineAuditResult, alerts: AlertCounts): AuditReport {
  return {
    schema: AUDIT_REPORT_SCHEMA,
    source: 'logs',
    window: null,
    counts: {
      files: result.files,
      read: result.read,
      records: result.records,
      duplicates: 0,
      skipped: total(result.skippedByReason),
      skippedByReason: { ...result.skippedByReason },
    },
    skipped: result.skipped,
    findings: views(result.findings),
    alerts,
    lookupEvents: null,
  };
}

/** The report of an audit of a LookupEvents window (an operator's sweep). Never throws. */
export function windowReport(summary: SweepSummary, findings: readonly Finding[]): AuditReport {
  return {
    schema: AUDIT_REPORT_SCHEMA,
    source: 'lookup-events',
    window: summary.window,
    counts: {
      files: null,
      read: summary.events,
      records: summary.records,
      duplicates: summary.duplicates,
      skipped: total(summary.skipped),
      skippedByReason: { ...summary.skipped },
    },
    skipped: [],
    findings: views(findings),
    alerts: summary.alerts,
    lookupEvents: { pages: summary.pages, calls: summary.calls, throttled: summary.throttled },
  };
}
