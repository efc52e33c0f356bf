import { describe, expect, it } from 'vitest';
import { AUDIT_RULES } from '../../../../shared/audit/index.ts';
import { assumedRole, ROLES, ssmRecord } from '../fixtures.ts';
import { findingsOf } from './helpers.ts';

const RULE = AUDIT_RULES.bulkRead.id;
const byPath = (role: string, path: string, recursive: boolean) =>
  ssmRecord({
    identity: assumedRole(role),
    eventName: 'GetParametersByPath',
    request: { path, recursive, withDecryption: true },
  });

describe('rule bulk-read', () => {
  it('finds an operator reading /qlarius recursively (operators are not exempt)', () => {
    // Act
    const findings = findingsOf(RULE, [byPath(ROLES.operator, '/qlarius', true)]);
    // Assess
    expect(findings.map((f) => [f.severity, f.secretIds, f.facts.path, f.facts.recursive, f.title])).toEqual([
      [
        'high',
        ['cloak-key', 'twilio-account-sid', 'twilio-auth-token', 'twilio-verify-service-sid'],
        '/qlarius',
        true,
        `Bulk read of cloak-key, twilio-account-sid, twilio-auth-token, twilio-verify-service-sid by ${ROLES.operator}`,
      ],
    ]);
  });

  it('finds a one-level path read that reaches a single secret', () => {
    // Act
    const findings = findingsOf(RULE, [byPath(ROLES.stranger, '/qlarius', false)]);
    // Assess
    expect(findings.map((f) => f.secretIds)).toEqual([['cloak-key']]);
  });

  it('finds GetParameters naming two managed secrets', () => {
    // Prepare
    const raw = ssmRecord({
      identity: assumedRole(ROLES.stranger),
      eventName: 'GetParameters',
      request: { names: ['/qlarius/cloak-key', '/qlarius/twilio/auth-token', '/x/y'] },
    });
    // Act
    const findings = findingsOf(RULE, [raw]);
    // Assess
    expect(findings.map((f) => [f.secretIds, f.facts.names])).toEqual([
      [['cloak-key', 'twilio-auth-token'], 3],
    ]);
  });

  it('ignores GetParameters naming one managed secret', () => {
    // Prepare
    const raw = ssmRecord({
      identity: assumedRole(ROLES.stranger),
      eventName: 'GetParameters',
      request: { names: ['/qlarius/cloak-key', '/x/y'] },
    });
    // Act
    const findings = findingsOf(RULE, [raw]);
    // Assess
    expect(findings).toEqual([]);
  });

  it('ignores the application reading its secrets by path at boot (exempt by default)', () => {
    // Act
    const findings = findingsOf(RULE, [byPath(ROLES.application, '/qlarius', true)]);
    // Assess
    expect(findings).toEqual([]);
  });

  it('ignores a path that reaches no managed secret', () => {
    // Act
    const findings = findingsOf(RULE, [byPath(ROLES.stranger, '/qlarius-other', true)]);
    // Assess
    expect(findings).toEqual([]);
  });

  it('follows the policy: minManagedNames 3 ignores two names', () => {
    // Prepare
    const raw = ssmRecord({
      identity: assumedRole(ROLES.stranger),
      eventName: 'GetParameters',
      request: { names: ['/qlarius/cloak-key', '/qlarius/twilio/auth-token'] },
    });
    // Act
    const findings = findingsOf(RULE, [raw], { policy: { bulkRead: { minManagedNames: 3 } } });
    // Assess
    expect(findings).toEqual([]);
  });
});
