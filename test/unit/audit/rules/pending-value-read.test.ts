import { describe, expect, it } from 'vitest';
import { AUDIT_RULES } from '../../../../shared/audit/index.ts';
import { assumedRole, ROLES, ssmRecord } from '../fixtures.ts';
import { findingsOf } from './helpers.ts';

const RULE = AUDIT_RULES.pendingValueRead.id;
const readPending = (role: string) =>
  ssmRecord({
    identity: assumedRole(role),
    request: { name: '/qlarius-rotation/twilio-auth-token/pending', withDecryption: true },
  });

describe('rule pending-value-read', () => {
  it('finds an unlisted role reading a pending value', () => {
    // Act
    const findings = findingsOf(RULE, [readPending(ROLES.stranger)]);
    // Assess
    expect(findings.map((f) => [f.severity, f.secretIds, f.parameters, f.title])).toEqual([
      [
        'high',
        ['twilio-auth-token'],
        ['/qlarius-rotation/twilio-auth-token/pending'],
        `Pending value of twilio-auth-token read by ${ROLES.stranger}`,
      ],
    ]);
  });

  it('finds the application reading a pending value (only the tool and operators may)', () => {
    // Act
    const findings = findingsOf(RULE, [readPending(ROLES.application)]);
    // Assess
    expect(findings.map((f) => f.principal.group)).toEqual(['application']);
  });

  it('finds a recursive path read that reaches the ops namespace', () => {
    // Prepare
    const raw = ssmRecord({
      identity: assumedRole(ROLES.stranger),
      eventName: 'GetParametersByPath',
      request: { path: '/qlarius-rotation', recursive: true },
    });
    // Act
    const findings = findingsOf(RULE, [raw]);
    // Assess
    expect(findings.map((f) => f.secretIds)).toEqual([['cloak-key', 'twilio-auth-token']]);
  });

  it.each([
    ['the tool', ROLES.rotation],
    ['an operator', ROLES.operator],
  ])('ignores %s', (_who, role) => {
    // Act
    const findings = findingsOf(RULE, [readPending(role)]);
    // Assess
    expect(findings).toEqual([]);
  });
});
