/**
 * A finding as an alert of the alerts module: the kind is the rule id (registered by
 * `registerAuditAlertKinds`), the identity is the finding's alert key (rule and event id
 * for an instant finding, so both audit paths claim the same record; rule, principal and
 * secrets for a windowed one). Names, ids and event ids only: CloudTrail logs no values.
 */
import type { Alert } from '../../alerts/index.ts';
import type { Finding } from '../rules/index.ts';

/** The alert of one finding. Never throws. */
export function findingAlert(finding: Finding): Alert {
  const { principal } = finding;
  const when =
    finding.firstSeen.getTime() === finding.lastSeen.getTime()
      ? finding.firstSeen.toISOString()
      : `${finding.firstSeen.toISOString()} to ${finding.lastSeen.toISOString()}`;
  const lines = [
    finding.summary,
    '',
    `Principal: ${principal.arn} (${principal.type}, ${principal.group})${principal.sessionName === undefined ? '' : `, session ${principal.sessionName}`}`,
    `Parameters: ${finding.parameters.length === 0 ? 'none named' : finding.parameters.join(', ')}`,
    `When: ${when}`,
    `CloudTrail events: ${finding.evidenceCount}`,
  ];
  return {
    kind: finding.rule,
    severity: finding.severity,
    secrets: finding.secretIds,
    title: finding.title,
    details: lines.join('\n'),
    evidence: finding.evidence,
    identity: finding.alertKey,
    facts: {
      ...finding.facts,
      principal: principal.arn,
      principalGroup: principal.group,
      firstSeen: finding.firstSeen.toISOString(),
      lastSeen: finding.lastSeen.toISOString(),
      evidenceCount: finding.evidenceCount,
    },
  };
}
