import { describe, expect, it } from 'vitest';
import { AUDIT_RULES } from '../../../../shared/audit/index.ts';
import { assumedRole, ROLES, ssmRecord } from '../fixtures.ts';
import { findingsOf } from './helpers.ts';

const RULE = AUDIT_RULES.managedSecretWrite.id;
const put = (role: string, name = '/qlarius/cloak-key') =>
  ssmRecord({
    identity: assumedRole(role),
    eventName: 'PutParameter',
    request: { name, type: 'SecureString', overwrite: true },
  });

describe('rule managed-secret-write', () => {
  it('finds the application overwriting the cloak key, critical', () => {
    // Act
    const findings = findingsOf(RULE, [put(ROLES.application)]);
    // Assess
    expect(findings.map((f) => [f.severity, f.secretIds, f.title])).toEqual([
      ['critical', ['cloak-key'], `PutParameter on cloak-key by ${ROLES.application}`],
    ]);
  });

  it('finds an unlisted role moving a label', () => {
    // Prepare
    const raw = ssmRecord({
      identity: assumedRole(ROLES.stranger),
      eventName: 'LabelParameterVersion',
      request: { name: '/qlarius/twilio/auth-token', parameterVersion: 2, labels: ['current'] },
    });
    // Act
    const findings = findingsOf(RULE, [raw]);
    // Assess
    expect(findings.map((f) => [f.facts.eventName, f.secretIds])).toEqual([
      ['LabelParameterVersion', ['twilio-auth-token']],
    ]);
  });

  it('finds an unlisted role deleting a pending value', () => {
    // Prepare
    const raw = ssmRecord({
      identity: assumedRole(ROLES.stranger),
      eventName: 'DeleteParameter',
      request: { name: '/qlarius-rotation/cloak-key/pending' },
    });
    // Act
    const findings = findingsOf(RULE, [raw]);
    // Assess
    expect(findings.map((f) => f.secretIds)).toEqual([['cloak-key']]);
  });

  it.each([
    ['the tool', ROLES.rotation],
    ['an operator', ROLES.operator],
  ])('ignores %s', (_who, role) => {
    // Act
    const findings = findingsOf(RULE, [put(role)]);
    // Assess
    expect(findings).toEqual([]);
  });

  it('ignores a denied write (nothing changed)', () => {
    // Prepare
    const raw = ssmRecord({
      identity: assumedRole(ROLES.stranger),
      eventName: 'PutParameter',
      request: null,
      errorCode: 'AccessDenied',
      errorMessage: 'on resource: arn:aws:ssm:us-east-1:111122223333:parameter/qlarius/cloak-key',
    });
    // Act
    const findings = findingsOf(RULE, [raw]);
    // Assess
    expect(findings).toEqual([]);
  });

  it('ignores a write to a parameter that is not managed', () => {
    // Act
    const findings = findingsOf(RULE, [put(ROLES.stranger, '/qlarius/feature-flags')]);
    // Assess
    expect(findings).toEqual([]);
  });
});
