/** What a sweep takes and what it answers. */
import type { Logger } from '@aws-lambda-powertools/logger';
import type { CloudTrailClient } from '@aws-sdk/client-cloudtrail';
import type { SNSClient } from '@aws-sdk/client-sns';
import type { Clock } from '../../clock/index.ts';
import type { Config } from '../../config/index.ts';
import type { OpsTable, SweepMode } from '../../ops-state/index.ts';
import type { AlertCounts } from '../findings/index.ts';
import type { AuditEngine, Finding } from '../rules/index.ts';
import type { SWEEP_OUTCOMES } from './constants.ts';
import type { Sleep } from './pacer.ts';

/** A sweep's dependencies; clients are created once by the caller. */
export interface SweepDeps {
  readonly config: Config;
  readonly cloudTrail: CloudTrailClient;
  readonly ops: OpsTable;
  /** Without it (or without `config.topic.arn`) findings are reported but not alerted. */
  readonly sns?: SNSClient | undefined;
  readonly clock: Clock;
  /** Default: real time. Tests pass one that moves their clock. */
  readonly sleep?: Sleep | undefined;
  readonly logger?: Logger | undefined;
  /** Default: an engine over `config.audit` (pass one built at module scope to reuse it). */
  readonly engine?: AuditEngine | undefined;
  /** Who holds the LookupEvents lease, e.g. `lambda:<request id>` or `cli:<user>@<host>`. */
  readonly owner: string;
}

/** A scheduled sweep, or an operator's window (alerting off unless `alert`). */
export type SweepRequest =
  | { readonly mode: SweepMode }
  | { readonly mode: 'window'; readonly from: Date; readonly to: Date; readonly alert: boolean };

export interface SweepProgress {
  readonly pages: number;
  readonly events: number;
}

export interface SweepOptions {
  /** The Lambda's remaining time (`context.getRemainingTimeInMillis`); absent: no deadline. */
  readonly remainingMs?: (() => number) | undefined;
  /** Remaining time kept for publishing, baselines and the checkpoint (default 60 s). */
  readonly reserveMs?: number;
  /** How long to wait for a held LookupEvents lease (default 10 s). */
  readonly leaseWaitMs?: number;
  /** Called after each page (the CLI's progress line). */
  readonly onProgress?: (progress: SweepProgress) => void;
}

export type SweepOutcome = (typeof SWEEP_OUTCOMES)[keyof typeof SWEEP_OUTCOMES];

/** The structured summary a sweep answers (JSON-ready). */
export interface SweepSummary {
  mode: SweepRequest['mode'];
  outcome: SweepOutcome;
  /** The frozen window (ISO); null when nothing was read (lease held). */
  window: { start: string; end: string } | null;
  /** This invocation continued a checkpointed window. */
  continued: boolean;
  pages: number;
  /** LookupEvents calls, retried attempts included. */
  calls: number;
  /** Calls answered `ThrottlingException` (retried after a back-off). */
  throttled: number;
  events: number;
  records: number;
  duplicates: number;
  skipped: Record<string, number>;
  findings: Record<string, number>;
  alerts: AlertCounts;
  /** Baseline samples stored (scheduled sweeps only). */
  baselineSamples: number;
  /** Who held the lease, when the outcome is `lease-held`. */
  leaseHeldBy?: { owner: string; until: string };
}

/** A sweep's summary and its findings (the CLI prints them; the function answers views). */
export interface SweepReport {
  summary: SweepSummary;
  findings: Finding[];
}
