import { describe, expect, it } from 'vitest';
import { AUDIT_RULES } from '../../../../shared/audit/index.ts';
import { assumedRole, deniedMessage, ROLES, ssmRecord } from '../fixtures.ts';
import { findingsOf, times } from './helpers.ts';

const RULE = AUDIT_RULES.accessDeniedProbing.id;
const denied = (name: string, time: string, eventId?: string) =>
  ssmRecord({
    identity: assumedRole(ROLES.stranger),
    request: null,
    time,
    ...(eventId ? { eventId } : {}),
    errorCode: 'AccessDenied',
    errorMessage: deniedMessage(
      ROLES.stranger,
      'GetParameter',
      `arn:aws:ssm:us-east-1:111122223333:parameter${name}`,
    ),
  });

describe('rule access-denied-probing', () => {
  it('finds one denial on a managed secret, keyed by rule, principal and secret', () => {
    // Act
    const findings = findingsOf(RULE, [denied('/qlarius/cloak-key', '2026-03-01T10:01:00Z', 'evt-d1')]);
    // Assess
    expect(findings).toEqual([
      {
        rule: 'access-denied-probing',
        severity: 'medium',
        kind: 'windowed',
        principal: { arn: ROLES.stranger, type: 'AssumedRole', group: 'unknown', sessionName: 'session-1' },
        secretIds: ['cloak-key'],
        parameters: ['/qlarius/cloak-key'],
        evidence: ['evt-d1'],
        evidenceCount: 1,
        firstSeen: new Date('2026-03-01T10:01:00Z'),
        lastSeen: new Date('2026-03-01T10:01:00Z'),
        alertKey: {
          scope: 'windowed',
          rule: 'access-denied-probing',
          principal: ROLES.stranger,
          secret: 'cloak-key',
        },
        title: `Denied access to cloak-key for ${ROLES.stranger}`,
        summary: `${ROLES.stranger} (session session-1) was refused 1 time(s) within 15m bucket(s), on cloak-key: probing, or a broken grant.`,
        facts: { denials: 1, threshold: 5, managedThreshold: 1 },
      },
    ]);
  });

  it('finds five denials on other names within 15 minutes, keyed with no secret', () => {
    // Prepare
    const raws = times(5, (i) => denied(`/guess/name-${i}`, `2026-03-01T10:0${i}:00Z`));
    // Act
    const findings = findingsOf(RULE, raws);
    // Assess
    expect(findings.map((f) => [f.evidenceCount, f.secretIds, f.alertKey, f.title])).toEqual([
      [
        5,
        [],
        { scope: 'windowed', rule: RULE, principal: ROLES.stranger, secret: '-' },
        `5 denied parameter calls by ${ROLES.stranger}`,
      ],
    ]);
  });

  it('ignores four denials on other names', () => {
    // Act
    const findings = findingsOf(
      RULE,
      times(4, (i) => denied(`/guess/name-${i}`, `2026-03-01T10:0${i}:00Z`)),
    );
    // Assess
    expect(findings).toEqual([]);
  });

  it('ignores five denials spread over five 15-minute buckets', () => {
    // Prepare
    const raws = times(5, (i) =>
      denied(`/guess/name-${i}`, new Date(Date.UTC(2026, 2, 1, 10, 20 * i)).toISOString()),
    );
    // Act
    const findings = findingsOf(RULE, raws);
    // Assess
    expect(findings).toEqual([]);
  });

  it('does not count throttled calls as denials', () => {
    // Prepare
    const raws = times(6, (i) =>
      ssmRecord({
        identity: assumedRole(ROLES.stranger),
        request: null,
        errorCode: 'ThrottlingException',
        errorMessage: 'Rate exceeded',
        eventId: `t-${i}`,
      }),
    );
    // Act
    const findings = findingsOf(RULE, raws);
    // Assess
    expect(findings).toEqual([]);
  });

  it('follows the policy thresholds', () => {
    // Act
    const findings = findingsOf(RULE, [denied('/qlarius/cloak-key', '2026-03-01T10:01:00Z')], {
      policy: { denials: { managedThreshold: 2 } },
    });
    // Assess
    expect(findings).toEqual([]);
  });
});
