/** The audit's alert kinds in the alerts catalogue: one per rule, with its severity and what to do. */
import { afterEach, describe, expect, it } from 'vitest';
import { alertKind, resetAlertCatalogue } from '../../../shared/alerts/index.ts';
import { AUDIT_ALERT_KIND_SPECS, AUDIT_RULES, registerAuditAlertKinds } from '../../../shared/audit/index.ts';

afterEach(() => resetAlertCatalogue());

describe('audit alert kinds', () => {
  it('has one kind per rule, with the rule’s severity', () => {
    // Act
    const kinds = AUDIT_ALERT_KIND_SPECS.map((s) => [s.kind, s.severity, s.source]);
    // Assess
    expect(kinds).toEqual(Object.values(AUDIT_RULES).map((r) => [r.id, r.severity, 'audit']));
  });

  it('registers every kind in the catalogue', () => {
    // Act
    registerAuditAlertKinds();
    // Assess
    expect(alertKind('root-access')).toMatchObject({
      kind: 'root-access',
      severity: 'critical',
      source: 'audit',
    });
    expect(alertKind('pending-value-read').action).toBe(
      'Cancel the rotation (`sra cancel <secret>`) so the read value never becomes current, then find out who read it.',
    );
  });

  it('registers twice without error', () => {
    // Prepare
    registerAuditAlertKinds();
    // Act
    const act = () => registerAuditAlertKinds();
    // Assess
    expect(act).not.toThrow();
  });
});
