/** Builders of findings, so every rule shapes ids, keys and text the same way. */
import type { Severity } from '../../alerts/index.ts';
import type { AccessRecord, Principal } from '../types.ts';
import { type AuditRuleId, FINDING_LIMITS, NO_SECRET } from './constants.ts';
import type { Evidence } from './evidence.ts';
import type { Finding, FindingPrincipal, RuleContext } from './types.ts';

/** The id and severity of the rule raising a finding. */
export interface RuleSpec {
  readonly id: AuditRuleId;
  readonly severity: Severity;
}

/** What a rule says about its finding. */
export interface FindingText {
  title: string;
  summary: string;
  facts?: Record<string, string | number | boolean>;
}

/** The principal as a finding names it. Never throws. */
export function findingPrincipal(principal: Principal, context: RuleContext): FindingPrincipal {
  const result: FindingPrincipal = {
    arn: principal.arn,
    type: principal.type,
    group: context.groupOf(principal),
  };
  if (principal.sessionName !== undefined) result.sessionName = principal.sessionName;
  return result;
}

/** `arn` or `arn (session name)`, for titles and summaries. Never throws. */
export function who(principal: Pick<Principal, 'arn' | 'sessionName'>): string {
  return principal.sessionName === undefined
    ? principal.arn
    : `${principal.arn} (session ${principal.sessionName})`;
}

/** Every managed secret a record touched, canonical or pending, sorted. Never throws. */
export function managedIds(record: AccessRecord): string[] {
  return [...new Set([...record.managed.secretIds, ...record.managed.pendingSecretIds])].sort();
}

/** `cloak-key, twilio-auth-token`, or `no managed secret`. Never throws. */
export function secretList(ids: readonly string[]): string {
  return ids.length === 0 ? 'no managed secret' : ids.join(', ');
}

/** A finding about one record, keyed by rule and event id. Never throws. */
export function instantFinding(
  rule: RuleSpec,
  record: AccessRecord,
  context: RuleContext,
  text: FindingText,
  secretIds: readonly string[] = managedIds(record),
): Finding {
  return {
    rule: rule.id,
    severity: rule.severity,
    kind: 'instant',
    principal: findingPrincipal(record.principal, context),
    secretIds: [...secretIds].sort(),
    parameters: [...new Set(record.parameters.map((p) => p.name))].slice(0, FINDING_LIMITS.maxParameters),
    evidence: [record.eventId],
    evidenceCount: 1,
    firstSeen: record.time,
    lastSeen: record.time,
    alertKey: { scope: 'instant', rule: rule.id, eventId: record.eventId },
    title: text.title,
    summary: text.summary,
    facts: { eventName: record.eventName, source: record.source.text, ...text.facts },
  };
}

/** A finding about a principal over a window, keyed by rule, principal and secrets. Never throws. */
export function windowedFinding(
  rule: RuleSpec,
  principal: FindingPrincipal,
  evidence: Evidence,
  involved: { secretIds: Iterable<string>; parameters: Iterable<string> },
  text: FindingText,
): Finding {
  const secretIds = [...new Set(involved.secretIds)].sort();
  return {
    rule: rule.id,
    severity: rule.severity,
    kind: 'windowed',
    principal,
    secretIds,
    parameters: [...new Set(involved.parameters)].slice(0, FINDING_LIMITS.maxParameters),
    evidence: [...evidence.ids],
    evidenceCount: evidence.count,
    firstSeen: new Date(evidence.first),
    lastSeen: new Date(evidence.last),
    alertKey: {
      scope: 'windowed',
      rule: rule.id,
      principal: principal.arn,
      secret: secretIds.length === 0 ? NO_SECRET : secretIds.join(','),
    },
    title: text.title,
    summary: text.summary,
    facts: { ...text.facts },
  };
}

/** `15m`, `1h`: a window length for text. Never throws. */
export function span(ms: number): string {
  if (ms % 3_600_000 === 0) return `${ms / 3_600_000}h`;
  if (ms % 60_000 === 0) return `${ms / 60_000}m`;
  return `${Math.round(ms / 1000)}s`;
}
