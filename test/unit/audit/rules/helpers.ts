/** Judging raw CloudTrail records with the engine, for the rule tests. */
import { createAuditEngine, type Finding, type FinishInput } from '../../../../shared/audit/index.ts';
import { normalised, policyOf } from '../fixtures.ts';

export interface JudgeOptions {
  /** Policy JSON merged over the test policy. */
  policy?: Record<string, unknown>;
  window?: FinishInput['window'];
  baselines?: FinishInput['baselines'];
}

/** Every finding of a batch of raw records (instant, then windowed). */
export function judge(raws: readonly unknown[], options: JudgeOptions = {}): Finding[] {
  const engine = createAuditEngine({ policy: policyOf(options.policy) });
  const input = {
    ...(options.window ? { window: options.window } : {}),
    ...(options.baselines ? { baselines: options.baselines } : {}),
  };
  return engine.evaluateBatch(raws.map(normalised), input).findings;
}

/** The rule ids of a batch's findings. */
export function rulesOf(raws: readonly unknown[], options: JudgeOptions = {}): string[] {
  return judge(raws, options).map((f) => f.rule);
}

/** The findings of one rule. */
export function findingsOf(rule: string, raws: readonly unknown[], options: JudgeOptions = {}): Finding[] {
  return judge(raws, options).filter((f) => f.rule === rule);
}

/** `count` times `make(i)`. */
export function times<T>(count: number, make: (i: number) => T): T[] {
  return Array.from({ length: count }, (_, i) => make(i));
}
