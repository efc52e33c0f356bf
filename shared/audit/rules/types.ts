/** Findings, rules and the inputs and outputs of a batch evaluation. */
import type { Severity } from '../../alerts/index.ts';
import type { AuditPolicy, PrincipalGroup } from '../../config/index.ts';
import type { AccessRecord, Principal } from '../types.ts';
import type { AuditRuleId, RuleKind } from './constants.ts';

/**
 * The alert key of a finding, shaped as the alerts module's `AlertIdentity`: an instant
 * finding is keyed by rule and event id, a windowed one by rule, principal and secret(s)
 * (the sorted managed secret ids joined by `,`, or `-` when none is involved).
 */
export type FindingAlertKey =
  | { readonly scope: 'instant'; readonly rule: AuditRuleId; readonly eventId: string }
  | {
      readonly scope: 'windowed';
      readonly rule: AuditRuleId;
      readonly principal: string;
      readonly secret: string;
    };

/** Who a finding is about. */
export interface FindingPrincipal {
  arn: string;
  type: string;
  group: PrincipalGroup;
  sessionName?: string;
}

/** One finding. Holds names, ids and event ids only: CloudTrail never logs a parameter value. */
export interface Finding {
  rule: AuditRuleId;
  severity: Severity;
  kind: RuleKind;
  principal: FindingPrincipal;
  /** Managed secrets involved (canonical or pending value), by id, sorted. */
  secretIds: string[];
  /** Canonical parameter names involved, at most `FINDING_LIMITS.maxParameters`. */
  parameters: string[];
  /** CloudTrail event ids, at most `FINDING_LIMITS.maxEvidence`; `evidenceCount` is the full count. */
  evidence: string[];
  evidenceCount: number;
  firstSeen: Date;
  lastSeen: Date;
  alertKey: FindingAlertKey;
  /** One line, for a subject. */
  title: string;
  /** A few sentences: what happened and why it is a finding. */
  summary: string;
  /** Short structured facts (event name, source, counts, thresholds). */
  facts: Record<string, string | number | boolean>;
}

/** What every rule may consult: the policy and its compiled matchers. */
export interface RuleContext {
  readonly policy: AuditPolicy;
  /** The principal's group by the policy's lists (tool, then operators, then application). Never throws. */
  groupOf(principal: Principal): PrincipalGroup;
  /** Whether the record's VPC endpoint, IP or service name is allowed by `policy.networks`. Never throws. */
  fromAllowedNetwork(record: AccessRecord): boolean;
  /** Whether the policy names any CIDR or VPC endpoint (else the network rule is idle). */
  readonly networksConfigured: boolean;
}

/** A rule judged on one record (the real-time path runs only these). */
export interface InstantRule {
  readonly id: AuditRuleId;
  readonly severity: Severity;
  readonly kind: 'instant';
  /** The finding this record raises, if any. Never throws for a normalised record. */
  evaluate(record: AccessRecord, context: RuleContext): Finding | undefined;
}

/** One sample of a principal's read volume: reads in the volume bucket ending at `windowEnd`. */
export interface BaselineSample {
  readonly windowEnd: Date;
  readonly count: number;
}

/** A principal's history of samples (the ops table's `Baseline` fits this shape). */
export interface BaselineHistory {
  readonly samples: readonly BaselineSample[];
}

/** Baselines by principal ARN. */
export type Baselines = ReadonlyMap<string, BaselineHistory>;

/** A sample to record for a principal (with `recordBaselineSample`). */
export interface BaselineUpdate {
  readonly principal: string;
  readonly sample: BaselineSample;
}

/** The window a batch covers; buckets wholly inside it are complete. */
export interface TimeWindow {
  readonly start: Date;
  readonly end: Date;
}

/** What a windowed rule is finished with. */
export interface FinishInput {
  /** The sweep's window; without it no baseline sample is produced. */
  readonly window?: TimeWindow;
  /** Baselines of the principals seen (missing principals are still learning). */
  readonly baselines: Baselines;
}

export interface WindowedOutcome {
  findings: Finding[];
  baselineSamples?: BaselineUpdate[];
}

/** The bounded state of a windowed rule over one batch. */
export interface WindowedAccumulator {
  add(record: AccessRecord): void;
  finish(input: FinishInput): WindowedOutcome;
}

/** A rule judged over a batch (the sweep's window); its state is bounded by the policy, not the batch. */
export interface WindowedRule {
  readonly id: AuditRuleId;
  readonly severity: Severity;
  readonly kind: 'windowed';
  start(context: RuleContext): WindowedAccumulator;
}

export type AuditRule = InstantRule | WindowedRule;
