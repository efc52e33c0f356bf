/**
 * The rule engine: a list of rules and one loop. Each record goes through every instant
 * rule (the real-time path stops there) and into every windowed rule's bounded state;
 * finishing a batch asks the windowed rules for their findings and baseline samples.
 */
import type { AuditPolicy } from '../../config/index.ts';
import { AuditError, RuleSetError } from '../errors.ts';
import type { AccessRecord } from '../types.ts';
import { AUDIT_RULE_SET } from './all-rules.ts';
import { mergeBaselines } from './baselines.ts';
import { createRuleContext } from './context.ts';
import type {
  AuditRule,
  BaselineHistory,
  BaselineUpdate,
  Finding,
  FinishInput,
  InstantRule,
  WindowedRule,
} from './types.ts';

/** The windowed half of a batch's result. */
export interface WindowedResult {
  findings: Finding[];
  /** Samples to record (e.g. with the ops table's `recordBaselineSample`). */
  baselineSamples: BaselineUpdate[];
  /** The given baselines with the samples merged in. */
  baselines: Map<string, BaselineHistory>;
  /** Records added to the batch. */
  records: number;
}

/** A batch being evaluated: add records one at a time (nothing is kept but the rules' state). */
export interface BatchEvaluation {
  /** Feeds the record to every rule; returns its instant findings. Throws `AuditError` after `finish`. */
  add(record: AccessRecord): Finding[];
  /** Principal ARNs seen so far (whose baselines `finish` wants). Never throws. */
  principalsSeen(): string[];
  /** The windowed findings and baseline samples. Throws `AuditError` when called twice. */
  finish(input?: Partial<FinishInput>): WindowedResult;
}

export interface AuditEngine {
  readonly rules: readonly AuditRule[];
  /** Instant rules on one record (the real-time path). Never throws. */
  evaluateRecord(record: AccessRecord): Finding[];
  /** Starts a batch (the sweep's window, a log file). Never throws. */
  openBatch(): BatchEvaluation;
  /** Every rule over a batch: instant findings in record order, then windowed findings. Never throws. */
  evaluateBatch(records: Iterable<AccessRecord>, input?: Partial<FinishInput>): WindowedResult;
}

/**
 * Builds an engine for a validated policy, leaving out the policy's `disabledRules`.
 * Throws `RuleSetError` when two rules share an id.
 */
export function createAuditEngine(options: {
  policy: AuditPolicy;
  rules?: readonly AuditRule[];
}): AuditEngine {
  const { policy } = options;
  const rules = (options.rules ?? AUDIT_RULE_SET).filter((r) => !policy.disabledRules.includes(r.id));
  const ids = new Set<string>();
  for (const rule of rules) {
    if (ids.has(rule.id)) throw new RuleSetError(`two rules share the id "${rule.id}"`);
    ids.add(rule.id);
  }
  const context = createRuleContext(policy);
  const instant = rules.filter((r): r is InstantRule => r.kind === 'instant');
  const windowed = rules.filter((r): r is WindowedRule => r.kind === 'windowed');

  const evaluateRecord = (record: AccessRecord): Finding[] => {
    const findings: Finding[] = [];
    for (const rule of instant) {
      const finding = rule.evaluate(record, context);
      if (finding !== undefined) findings.push(finding);
    }
    return findings;
  };

  const openBatch = (): BatchEvaluation => {
    const accumulators = windowed.map((rule) => rule.start(context));
    const principals = new Set<string>();
    let records = 0;
    let finished = false;
    return {
      add(record) {
        if (finished) throw new AuditError('a finished batch takes no more records');
        records += 1;
        principals.add(record.principal.arn);
        for (const accumulator of accumulators) accumulator.add(record);
        return evaluateRecord(record);
      },
      principalsSeen: () => [...principals],
      finish(input = {}) {
        if (finished) throw new AuditError('a batch is finished once');
        finished = true;
        const baselines = input.baselines ?? new Map<string, BaselineHistory>();
        const finishInput: FinishInput =
          input.window === undefined ? { baselines } : { baselines, window: input.window };
        const findings: Finding[] = [];
        const baselineSamples: BaselineUpdate[] = [];
        for (const accumulator of accumulators) {
          const outcome = accumulator.finish(finishInput);
          findings.push(...outcome.findings);
          baselineSamples.push(...(outcome.baselineSamples ?? []));
        }
        return {
          findings,
          baselineSamples,
          baselines: mergeBaselines(baselines, baselineSamples, policy.volume.maxSamples),
          records,
        };
      },
    };
  };

  return {
    rules,
    evaluateRecord,
    openBatch,
    evaluateBatch(records, input) {
      const batch = openBatch();
      const instantFindings: Finding[] = [];
      for (const record of records) instantFindings.push(...batch.add(record));
      const result = batch.finish(input);
      return { ...result, findings: [...instantFindings, ...result.findings] };
    },
  };
}
