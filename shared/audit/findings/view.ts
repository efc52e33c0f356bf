/**
 * Findings as plain JSON for results, the CLI's `--json` and logs: times as ISO strings,
 * no class instances. Also the counting and ordering every audit path reports with.
 */
import { SEVERITIES, type Severity } from '../../alerts/index.ts';
import type { PrincipalGroup } from '../../config/index.ts';
import type { Finding, FindingAlertKey } from '../rules/index.ts';

/** One finding as the audit reports it (`docs/audit.md`, "JSON report"). */
export interface FindingView {
  rule: string;
  severity: Severity;
  kind: 'instant' | 'windowed';
  title: string;
  summary: string;
  principal: { arn: string; type: string; group: PrincipalGroup; sessionName?: string };
  secrets: string[];
  parameters: string[];
  evidence: string[];
  evidenceCount: number;
  firstSeen: string;
  lastSeen: string;
  facts: Record<string, string | number | boolean>;
}

/** The JSON view of a finding. Never throws. */
export function findingView(finding: Finding): FindingView {
  return {
    rule: finding.rule,
    severity: finding.severity,
    kind: finding.kind,
    title: finding.title,
    summary: finding.summary,
    principal: { ...finding.principal },
    secrets: [...finding.secretIds],
    parameters: [...finding.parameters],
    evidence: [...finding.evidence],
    evidenceCount: finding.evidenceCount,
    firstSeen: finding.firstSeen.toISOString(),
    lastSeen: finding.lastSeen.toISOString(),
    facts: { ...finding.facts },
  };
}

/** A finding's alert key as one string, for de-duplication within a run. Never throws. */
export function alertKeyText(key: FindingAlertKey): string {
  return key.scope === 'instant'
    ? `instant|${key.rule}|${key.eventId}`
    : `windowed|${key.rule}|${key.principal}|${key.secret}`;
}

/**
 * The findings without repeats of one alert key (the first kept): an event seen twice in
 * one run (a duplicated delivery, two files holding it) is reported once. Never throws.
 */
export function uniqueFindings(findings: readonly Finding[]): Finding[] {
  const seen = new Set<string>();
  return findings.filter((f) => {
    const key = alertKeyText(f.alertKey);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** Most severe first, then oldest first, then by rule. Never throws. */
export function sortFindings<F extends Pick<Finding, 'severity' | 'firstSeen' | 'rule'>>(
  findings: readonly F[],
): F[] {
  const rank = (s: Severity) => SEVERITIES.indexOf(s);
  return [...findings].sort(
    (a, b) =>
      rank(b.severity) - rank(a.severity) ||
      a.firstSeen.getTime() - b.firstSeen.getTime() ||
      a.rule.localeCompare(b.rule),
  );
}

/** Findings counted by rule id, e.g. `{ 'root-access': 1 }`. Never throws. */
export function countByRule(findings: readonly Pick<Finding, 'rule'>[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const f of findings) counts[f.rule] = (counts[f.rule] ?? 0) + 1;
  return counts;
}
