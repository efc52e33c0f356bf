import { describe, expect, it } from 'vitest';
import { AUDIT_RULES } from '../../../../shared/audit/index.ts';
import { assumedRole, ROLES, ROOT_IDENTITY, ssmRecord } from '../fixtures.ts';
import { findingsOf } from './helpers.ts';

const RULE = AUDIT_RULES.rootAccess.id;

describe('rule root-access', () => {
  it('finds the root user reading the cloak key, critical', () => {
    // Act
    const findings = findingsOf(RULE, [
      ssmRecord({ identity: ROOT_IDENTITY, eventId: 'evt-root', sourceIPAddress: '203.0.113.4' }),
    ]);
    // Assess
    expect(findings.map((f) => [f.severity, f.principal, f.title, f.summary, f.alertKey])).toEqual([
      [
        'critical',
        { arn: 'arn:aws:iam::111122223333:root', type: 'Root', group: 'unknown' },
        'Root user called GetParameter on cloak-key',
        'The root user of account 111122223333 called GetParameter (success) on cloak-key from 203.0.113.4.',
        { scope: 'instant', rule: 'root-access', eventId: 'evt-root' },
      ],
    ]);
  });

  it('finds the root user even when the call was denied', () => {
    // Prepare
    const raw = ssmRecord({
      identity: ROOT_IDENTITY,
      request: null,
      errorCode: 'AccessDenied',
      errorMessage: 'on resource: arn:aws:ssm:us-east-1:111122223333:parameter/qlarius/twilio/auth-token',
    });
    // Act
    const findings = findingsOf(RULE, [raw]);
    // Assess
    expect(findings.map((f) => [f.secretIds, f.facts.outcome])).toEqual([[['twilio-auth-token'], 'denied']]);
  });

  it('ignores the root user on a parameter that is not managed', () => {
    // Act
    const findings = findingsOf(RULE, [
      ssmRecord({ identity: ROOT_IDENTITY, request: { name: '/other/x' } }),
    ]);
    // Assess
    expect(findings).toEqual([]);
  });

  it('ignores anyone but root', () => {
    // Act
    const findings = findingsOf(RULE, [ssmRecord({ identity: assumedRole(ROLES.stranger) })]);
    // Assess
    expect(findings).toEqual([]);
  });
});
