import { afterEach, describe, expect, it } from 'vitest';
import {
  AlertCatalogueError,
  alertKind,
  alertKinds,
  ROTATION_ALERT_KINDS,
  registerAlertKind,
  resetAlertCatalogue,
} from '../../../shared/alerts/index.ts';

afterEach(() => {
  resetAlertCatalogue();
});

const rootAccess = {
  kind: 'root-access',
  severity: 'critical',
  source: 'audit',
  summary: 'The root user read a managed secret.',
  action: 'Confirm who used the root credentials; rotate the secret if unexplained.',
} as const;

describe('alert catalogue', () => {
  it('holds every rotation kind with a severity and what to do', () => {
    const kinds = alertKinds().map((spec) => [spec.kind, spec.severity]);

    expect(kinds).toEqual([
      ['adopted', 'info'],
      ['rotated', 'info'],
      ['retired', 'info'],
      ['rotation-failed', 'high'],
      ['rotation-refused', 'medium'],
      ['stuck', 'high'],
      ['overdue', 'medium'],
      ['drift', 'high'],
      ['inconsistent-state', 'high'],
      ['token-invalid', 'critical'],
      ['retirement-due', 'medium'],
    ]);
    expect(Object.values(ROTATION_ALERT_KINDS).every((kind) => alertKind(kind).action.length > 0)).toBe(true);
  });

  it('registers an audit kind', () => {
    registerAlertKind(rootAccess);

    expect(alertKind('root-access').severity).toBe('critical');
  });

  it('accepts the same spec registered twice', () => {
    registerAlertKind(rootAccess);

    expect(() => registerAlertKind({ ...rootAccess })).not.toThrow();
  });

  it('refuses a kind registered again with another severity', () => {
    registerAlertKind(rootAccess);

    const act = () => registerAlertKind({ ...rootAccess, severity: 'low' });

    expect(act).toThrow(AlertCatalogueError);
    expect(act).toThrow('alert kind "root-access" is already registered with another spec');
  });

  it('refuses a kind name that is not kebab-case', () => {
    expect(() => registerAlertKind({ ...rootAccess, kind: 'Root_Access' })).toThrow(
      'alert kind "Root_Access" is not kebab-case',
    );
  });

  it('forgets registered kinds on reset', () => {
    registerAlertKind(rootAccess);

    resetAlertCatalogue();

    expect(() => alertKind('root-access')).toThrow('unknown alert kind "root-access"');
  });
});
