/** The rule engine: instant and windowed paths, rule selection, and the batch life cycle. */
import { describe, expect, it } from 'vitest';
import {
  AUDIT_RULES,
  AuditError,
  createAuditEngine,
  type InstantRule,
  RuleSetError,
  rootAccess,
} from '../../../shared/audit/index.ts';
import {
  assumedRole,
  deniedMessage,
  normalised,
  policyOf,
  ROLES,
  ROOT_IDENTITY,
  ssmRecord,
} from './fixtures.ts';

const deniedCloak = () =>
  normalised(
    ssmRecord({
      identity: assumedRole(ROLES.stranger),
      request: null,
      errorCode: 'AccessDenied',
      errorMessage: deniedMessage(
        ROLES.stranger,
        'GetParameter',
        'arn:aws:ssm:us-east-1:111122223333:parameter/qlarius/cloak-key',
      ),
    }),
  );

describe('createAuditEngine', () => {
  it('runs only instant rules on a single record (the real-time path)', () => {
    // Prepare
    const engine = createAuditEngine({ policy: policyOf() });
    // Act
    const findings = engine.evaluateRecord(deniedCloak());
    // Assess
    expect(findings).toEqual([]);
  });

  it('runs windowed rules over a batch', () => {
    // Prepare
    const engine = createAuditEngine({ policy: policyOf() });
    // Act
    const result = engine.evaluateBatch([deniedCloak()]);
    // Assess
    expect(result.findings.map((f) => f.rule)).toEqual([AUDIT_RULES.accessDeniedProbing.id]);
  });

  it('leaves out the rules the policy disables', () => {
    // Prepare
    const engine = createAuditEngine({ policy: policyOf({ disabledRules: ['root-access', 'read-volume'] }) });
    // Act
    const ids = engine.rules.map((r) => r.id);
    // Assess
    expect(ids).toEqual([
      'managed-secret-write',
      'pending-value-read',
      'unknown-principal-read',
      'bulk-read',
      'outside-network',
      'access-denied-probing',
      'many-distinct-secrets',
    ]);
  });

  it('takes another rule list, as a plug-in point', () => {
    // Prepare
    const custom: InstantRule = { ...rootAccess, evaluate: () => undefined };
    const engine = createAuditEngine({ policy: policyOf(), rules: [custom] });
    // Act
    const findings = engine.evaluateRecord(normalised(ssmRecord({ identity: ROOT_IDENTITY })));
    // Assess
    expect([engine.rules.length, findings]).toEqual([1, []]);
  });

  it('refuses two rules with one id', () => {
    // Act
    const act = () => createAuditEngine({ policy: policyOf(), rules: [rootAccess, rootAccess] });
    // Assess
    expect(act).toThrow(new RuleSetError('two rules share the id "root-access"'));
  });
});

describe('BatchEvaluation', () => {
  it('returns each record’s instant findings as it is added', () => {
    // Prepare
    const batch = createAuditEngine({ policy: policyOf() }).openBatch();
    // Act
    const findings = batch.add(normalised(ssmRecord({ identity: ROOT_IDENTITY, eventId: 'evt-r' })));
    // Assess
    expect(findings.map((f) => f.alertKey)).toEqual([
      { scope: 'instant', rule: 'root-access', eventId: 'evt-r' },
    ]);
  });

  it('lists the principals seen, whose baselines finish wants', () => {
    // Prepare
    const batch = createAuditEngine({ policy: policyOf() }).openBatch();
    batch.add(normalised(ssmRecord({ identity: assumedRole(ROLES.application) })));
    batch.add(normalised(ssmRecord({ identity: assumedRole(ROLES.application, 'other-pod') })));
    batch.add(deniedCloak());
    // Act
    const principals = batch.principalsSeen();
    // Assess
    expect(principals).toEqual([ROLES.application, ROLES.stranger]);
  });

  it('refuses a record after finish', () => {
    // Prepare
    const batch = createAuditEngine({ policy: policyOf() }).openBatch();
    batch.finish();
    // Act
    const act = () => batch.add(deniedCloak());
    // Assess
    expect(act).toThrow(new AuditError('a finished batch takes no more records'));
  });

  it('refuses a second finish', () => {
    // Prepare
    const batch = createAuditEngine({ policy: policyOf() }).openBatch();
    batch.finish();
    // Act
    const act = () => batch.finish();
    // Assess
    expect(act).toThrow(new AuditError('a batch is finished once'));
  });

  it('counts the records it judged', () => {
    // Prepare
    const batch = createAuditEngine({ policy: policyOf() }).openBatch();
    batch.add(deniedCloak());
    batch.add(deniedCloak());
    // Act
    const result = batch.finish();
    // Assess
    expect(result.records).toBe(2);
  });
});
