import { describe, expect, it } from 'vitest';
import { AUDIT_RULES } from '../../../../shared/audit/index.ts';
import { assumedRole, ROLES, ROOT_IDENTITY, ssmRecord } from '../fixtures.ts';
import { findingsOf } from './helpers.ts';

const RULE = AUDIT_RULES.unknownPrincipalRead.id;

describe('rule unknown-principal-read', () => {
  it('finds an unlisted role reading the cloak key, with its literal fields', () => {
    // Prepare
    const raw = ssmRecord({ identity: assumedRole(ROLES.stranger, 'job-42'), eventId: 'evt-unknown-1' });
    // Act
    const findings = findingsOf(RULE, [raw]);
    // Assess
    expect(findings).toEqual([
      {
        rule: 'unknown-principal-read',
        severity: 'high',
        kind: 'instant',
        principal: { arn: ROLES.stranger, type: 'AssumedRole', group: 'unknown', sessionName: 'job-42' },
        secretIds: ['cloak-key'],
        parameters: ['/qlarius/cloak-key'],
        evidence: ['evt-unknown-1'],
        evidenceCount: 1,
        firstSeen: new Date('2026-03-01T10:00:00Z'),
        lastSeen: new Date('2026-03-01T10:00:00Z'),
        alertKey: { scope: 'instant', rule: 'unknown-principal-read', eventId: 'evt-unknown-1' },
        title: 'Unknown principal read cloak-key',
        summary:
          "arn:aws:iam::111122223333:role/ci-deployer (session job-42) (AssumedRole) called GetParameter with decryption and reached cloak-key. It is on none of the policy's application, tool or operator lists.",
        facts: { eventName: 'GetParameter', source: '10.0.0.10', withDecryption: true },
      },
    ]);
  });

  it('finds an unlisted principal reaching a secret through a recursive path', () => {
    // Prepare
    const raw = ssmRecord({
      identity: assumedRole(ROLES.stranger),
      eventName: 'GetParametersByPath',
      request: { path: '/qlarius', recursive: true },
    });
    // Act
    const findings = findingsOf(RULE, [raw]);
    // Assess
    expect(findings.map((f) => f.secretIds)).toEqual([
      ['cloak-key', 'twilio-account-sid', 'twilio-auth-token', 'twilio-verify-service-sid'],
    ]);
  });

  it.each([
    ['the application', assumedRole(ROLES.application)],
    ['the tool', assumedRole(ROLES.rotation)],
    ['an operator', assumedRole(ROLES.operator, 'alice@example.com')],
  ])('ignores %s', (_who, identity) => {
    // Act
    const findings = findingsOf(RULE, [ssmRecord({ identity })]);
    // Assess
    expect(findings).toEqual([]);
  });

  it('ignores an unlisted principal reading a parameter that is not managed', () => {
    // Act
    const findings = findingsOf(RULE, [
      ssmRecord({ identity: assumedRole(ROLES.stranger), request: { name: '/qlarius/cloak-key-backup' } }),
    ]);
    // Assess
    expect(findings).toEqual([]);
  });

  it('ignores a denied read (access-denied-probing judges those)', () => {
    // Prepare
    const raw = ssmRecord({
      identity: assumedRole(ROLES.stranger),
      request: null,
      errorCode: 'AccessDenied',
      errorMessage: 'on resource: arn:aws:ssm:us-east-1:111122223333:parameter/qlarius/cloak-key',
    });
    // Act
    const findings = findingsOf(RULE, [raw]);
    // Assess
    expect(findings).toEqual([]);
  });

  it('leaves the root user to root-access', () => {
    // Act
    const findings = findingsOf(RULE, [ssmRecord({ identity: ROOT_IDENTITY })]);
    // Assess
    expect(findings).toEqual([]);
  });
});
