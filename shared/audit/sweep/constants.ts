/** Fixed values of the audit sweep: LookupEvents' limits, pacing, retries, reserves, names. */
import { SSM_EVENT_SOURCE } from '../constants.ts';

/** The names under which the audit functions record their last successful run. */
export const AUDIT_FUNCTIONS = { sweep: 'audit-sweep', stream: 'audit-stream' } as const;

/** Every sweep mode: the two scheduled ones (each with a checkpoint) and an operator's window. */
export const SWEEP_REQUEST_MODES = ['incremental', 'reconcile', 'window'] as const;

/** How a sweep ended. */
export const SWEEP_OUTCOMES = {
  /** The whole window was read and evaluated. */
  complete: 'complete',
  /** Time ran low: the frozen window and its NextToken were saved; the next invocation continues. */
  checkpointed: 'checkpointed',
  /** An operator's window ran out of time part-way (nothing is saved for it). */
  incomplete: 'incomplete',
  /** Another caller held the LookupEvents lease; nothing was read. */
  leaseHeld: 'lease-held',
} as const;

/** CloudTrail LookupEvents as the sweep calls it. */
export const LOOKUP_EVENTS = {
  /** Events per page (the API's maximum). */
  maxResults: 50,
  /** Requests per second per account and region. */
  callsPerSecond: 2,
  /** Event history keeps 90 days. */
  retentionMs: 90 * 24 * 60 * 60_000,
  /** The one lookup attribute: every Parameter Store call, reads and writes. */
  attribute: { AttributeKey: 'EventSource', AttributeValue: SSM_EVENT_SOURCE },
} as const;

export const SWEEP_DEFAULTS = {
  /** Back-off after a throttled (or transient) LookupEvents answer: doubled per retry, capped. */
  firstBackoffMs: 1_000,
  maxBackoffMs: 16_000,
  /** Retries of one page before the sweep gives up (and, when scheduled, keeps its checkpoint). */
  retries: 5,
  /** How long a sweep waits for a LookupEvents lease held by another caller, and how often it looks. */
  leaseWaitMs: 10_000,
  leasePollMs: 2_000,
  /** Remaining Lambda time kept for publishing, baselines and the checkpoint. */
  reserveMs: 60_000,
  /** Ops-table reads and writes of baselines in flight at once. */
  baselineConcurrency: 8,
} as const;
