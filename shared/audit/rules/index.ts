/**
 * The audit's rules and engine: instant rules judge one record (the real-time path),
 * windowed rules judge a batch (the sweep's window) with state bounded by the policy.
 * Pure: baselines come in as a value and go out as samples; storage is the caller's.
 */
export { accessDeniedProbing } from './access-denied-probing.ts';
export { AUDIT_RULE_SET } from './all-rules.ts';
export { baselineMean, mergeBaselines } from './baselines.ts';
export { bulkRead } from './bulk-read.ts';
export {
  AUDIT_RULE_IDS,
  AUDIT_RULES,
  type AuditRuleId,
  FINDING_LIMITS,
  NO_SECRET,
  type RuleKind,
} from './constants.ts';
export { createRuleContext, principalMatcher } from './context.ts';
export { type AuditEngine, type BatchEvaluation, createAuditEngine, type WindowedResult } from './engine.ts';
export { AUDIT_ALERT_KIND_SPECS, registerAuditAlertKinds } from './kinds.ts';
export { managedSecretWrite } from './managed-secret-write.ts';
export { manyDistinctSecrets } from './many-distinct-secrets.ts';
export { outsideNetwork } from './outside-network.ts';
export { pendingValueRead } from './pending-value-read.ts';
export { readVolume } from './read-volume.ts';
export { rootAccess } from './root-access.ts';
export type {
  AuditRule,
  BaselineHistory,
  BaselineSample,
  Baselines,
  BaselineUpdate,
  Finding,
  FindingAlertKey,
  FindingPrincipal,
  FinishInput,
  InstantRule,
  RuleContext,
  TimeWindow,
  WindowedAccumulator,
  WindowedOutcome,
  WindowedRule,
} from './types.ts';
export { unknownPrincipalRead } from './unknown-principal-read.ts';
