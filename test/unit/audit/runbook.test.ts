/**
 * The calls of a rotation run by the tool, or by an operator following the runbook, raise
 * no finding; the very same calls from an unknown role do (issue 6, tests).
 */
import { describe, expect, it } from 'vitest';
import { createAuditEngine } from '../../../shared/audit/index.ts';
import { assumedRole, normalised, policyOf, ROLES, ssmRecord } from './fixtures.ts';

const CANONICAL = '/qlarius/cloak-key';
const PENDING = '/qlarius-rotation/cloak-key/pending';

/** One cloak-key rotation: status, read current, create, test, promote, move labels, clean up, repair a label. */
function rotationCalls(role: string): Record<string, unknown>[] {
  const identity = assumedRole(role, 'rotation-7f3a');
  const call = (eventName: string, request: Record<string, unknown>, second: number) =>
    ssmRecord({
      identity,
      eventName,
      request,
      eventId: `${eventName}-${second}`,
      time: `2026-03-01T10:00:${String(second).padStart(2, '0')}Z`,
    });
  return [
    call('GetParameterHistory', { name: CANONICAL, withDecryption: false }, 1),
    call('GetParameter', { name: `${CANONICAL}:current`, withDecryption: true }, 2),
    call('PutParameter', { name: PENDING, type: 'SecureString', keyId: 'alias/qlarius' }, 3),
    call('GetParameter', { name: PENDING, withDecryption: true }, 4),
    call('PutParameter', { name: CANONICAL, type: 'SecureString', overwrite: true }, 5),
    call('LabelParameterVersion', { name: CANONICAL, parameterVersion: 8, labels: ['current'] }, 6),
    call('LabelParameterVersion', { name: CANONICAL, parameterVersion: 7, labels: ['previous'] }, 7),
    call('DeleteParameter', { name: PENDING }, 8),
    call('UnlabelParameterVersion', { name: CANONICAL, parameterVersion: 6, labels: ['previous'] }, 9),
  ];
}

function judge(role: string) {
  const engine = createAuditEngine({ policy: policyOf({ networks: { cidrs: ['10.0.0.0/8'] } }) });
  const records = rotationCalls(role).map(normalised);
  return {
    realTime: records.flatMap((r) => engine.evaluateRecord(r)),
    sweep: engine.evaluateBatch(records, {
      window: { start: new Date('2026-03-01T09:50:00Z'), end: new Date('2026-03-01T10:10:00Z') },
    }).findings,
  };
}

describe('the runbook raises no finding for the policy’s roles', () => {
  it('raises none for the tool’s rotation role, on either path', () => {
    // Act
    const { realTime, sweep } = judge(ROLES.rotation);
    // Assess
    expect([realTime, sweep]).toEqual([[], []]);
  });

  it('raises none for an operator’s SSO role, on either path', () => {
    // Act
    const { realTime, sweep } = judge(ROLES.operator);
    // Assess
    expect([realTime, sweep]).toEqual([[], []]);
  });

  it('raises a finding for every call when an unknown role makes them', () => {
    // Act
    const { sweep } = judge(ROLES.stranger);
    // Assess
    expect(sweep.map((f) => [f.evidence[0], f.rule])).toEqual([
      ['GetParameterHistory-1', 'unknown-principal-read'],
      ['GetParameter-2', 'unknown-principal-read'],
      ['PutParameter-3', 'managed-secret-write'],
      ['GetParameter-4', 'pending-value-read'],
      ['PutParameter-5', 'managed-secret-write'],
      ['LabelParameterVersion-6', 'managed-secret-write'],
      ['LabelParameterVersion-7', 'managed-secret-write'],
      ['DeleteParameter-8', 'managed-secret-write'],
      ['UnlabelParameterVersion-9', 'managed-secret-write'],
    ]);
  });

  it('keys each instant finding the same on the real-time path and in the sweep', () => {
    // Act
    const { realTime, sweep } = judge(ROLES.stranger);
    // Assess
    expect(realTime.map((f) => f.alertKey)).toEqual(sweep.map((f) => f.alertKey));
  });
});
