/**
 * A finding as an alert: the kind is the rule id, the identity the finding's alert key, and
 * the alert passes the alerts module's own validation once the audit's kinds are registered.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { prepareAlert } from '../../../shared/alerts/index.ts';
import { createAuditEngine, findingAlert, registerAuditAlertKinds } from '../../../shared/audit/index.ts';
import { assumedRole, normalised, policyOf, ROLES, ssmRecord } from './fixtures.ts';

function strangerFinding() {
  const record = normalised(
    ssmRecord({
      identity: assumedRole(ROLES.stranger, 'ci-run-9'),
      eventId: 'evt-alert-1',
      time: '2026-03-01T10:00:00Z',
    }),
  );
  const [finding] = createAuditEngine({ policy: policyOf() }).evaluateRecord(record);
  if (finding === undefined) throw new Error('expected a finding');
  return finding;
}

describe('findingAlert', () => {
  beforeAll(() => {
    registerAuditAlertKinds();
  });

  it('keys an instant finding by rule and event id, with the rule as kind', () => {
    // Act
    const alert = findingAlert(strangerFinding());
    // Assess
    expect(alert).toMatchObject({
      kind: 'unknown-principal-read',
      severity: 'high',
      secrets: ['cloak-key'],
      title: 'Unknown principal read cloak-key',
      evidence: ['evt-alert-1'],
      identity: { scope: 'instant', rule: 'unknown-principal-read', eventId: 'evt-alert-1' },
      facts: {
        eventName: 'GetParameter',
        withDecryption: true,
        principal: ROLES.stranger,
        principalGroup: 'unknown',
        firstSeen: '2026-03-01T10:00:00.000Z',
        evidenceCount: 1,
      },
    });
  });

  it('spells out the principal, parameters and time in the details', () => {
    // Act
    const { details } = findingAlert(strangerFinding());
    // Assess
    expect(details.split('\n').slice(2)).toEqual([
      `Principal: ${ROLES.stranger} (AssumedRole, unknown), session ci-run-9`,
      'Parameters: /qlarius/cloak-key',
      'When: 2026-03-01T10:00:00.000Z',
      'CloudTrail events: 1',
    ]);
  });

  it("passes the alerts module's validation with the alert key the sweep and the stream share", () => {
    // Act
    const prepared = prepareAlert(findingAlert(strangerFinding()), [], 'alerts[0]');
    // Assess
    expect(prepared.alertKey).toBe('instant#unknown-principal-read#evt-alert-1');
  });
});
