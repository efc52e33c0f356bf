import { describe, expect, it } from 'vitest';
import {
  InvalidAlertError,
  prepareAlert,
  REDACTED,
  redact,
  UnknownAlertKindError,
} from '../../../shared/alerts/index.ts';
import { driftAlert, rotatedAlert } from './alert-fixtures.ts';

describe('prepareAlert', () => {
  it('takes the severity from the catalogue when the alert gives none', () => {
    expect(prepareAlert(rotatedAlert('rot-1'), [], 'alerts[0]').severity).toBe('info');
  });

  it('keeps a severity the alert raises (drift with a cloak key not retired)', () => {
    expect(prepareAlert(driftAlert({ severity: 'critical' }), [], 'alerts[0]').severity).toBe('critical');
  });

  it('builds the alert key from an instant identity', () => {
    expect(prepareAlert(rotatedAlert('rot-1'), [], 'alerts[0]').alertKey).toBe('instant#rotated#rot-1');
  });

  it('builds the alert key from a windowed identity, escaping separators', () => {
    const alert = driftAlert({
      kind: 'drift',
      identity: {
        scope: 'windowed',
        rule: 'drift',
        principal: 'arn:aws:iam::1:role/a#b',
        secret: 'cloak-key',
      },
    });

    expect(prepareAlert(alert, [], 'alerts[0]').alertKey).toBe(
      'windowed#drift#arn:aws:iam::1:role/a%23b#cloak-key',
    );
  });

  it('builds the alert key of a lifecycle condition without a principal', () => {
    expect(prepareAlert(driftAlert(), [], 'alerts[0]').alertKey).toBe('lifecycle#drift#-#cloak-key');
  });

  it('keeps the fingerprint when only evidence, title or details change', () => {
    const a = prepareAlert(driftAlert(), [], 'alerts[0]');
    const b = prepareAlert(
      driftAlert({ evidence: ['other-event'], title: 'Another title', details: 'More evidence' }),
      [],
      'alerts[0]',
    );

    expect(b.fingerprint).toBe(a.fingerprint);
  });

  it('changes the fingerprint when the severity changes', () => {
    const a = prepareAlert(driftAlert(), [], 'alerts[0]');
    const b = prepareAlert(driftAlert({ severity: 'critical' }), [], 'alerts[0]');

    expect(b.fingerprint).not.toBe(a.fingerprint);
  });

  it('throws UnknownAlertKindError for a kind not in the catalogue', () => {
    const act = () => prepareAlert(driftAlert({ kind: 'no-such-kind' }), [], 'alerts[0]');

    expect(act).toThrow(UnknownAlertKindError);
    expect(act).toThrow('unknown alert kind "no-such-kind"');
  });

  it('throws InvalidAlertError naming a blank title', () => {
    const act = () => prepareAlert(driftAlert({ title: '  ' }), [], 'alerts[3]');

    expect(act).toThrow(InvalidAlertError);
    expect(act).toThrow('alerts[3].title: must not be blank');
  });

  it('throws InvalidAlertError naming a bad severity', () => {
    const act = () => prepareAlert({ ...driftAlert(), severity: 'urgent' }, [], 'alerts[0]');

    expect(act).toThrow(
      'alerts[0].severity: Invalid option: expected one of "info"|"low"|"medium"|"high"|"critical"',
    );
  });

  it('throws InvalidAlertError naming a missing identity field', () => {
    const act = () =>
      prepareAlert({ ...driftAlert(), identity: { scope: 'instant', rule: 'rotated' } }, [], 'alerts[0]');

    expect(act).toThrow(/^alerts\[0\]\.identity\.eventId: /);
  });

  it('redacts registered secret values from title, details, facts and evidence', () => {
    const value = 'c2VjcmV0LWtleS1ieXRlcw==';
    const alert = driftAlert({
      title: `Key ${value} leaked`,
      details: `found ${value} twice: ${value}`,
      facts: { seen: value },
      evidence: [value],
    });

    const prepared = prepareAlert(alert, [value], 'alerts[0]');

    expect(JSON.stringify(prepared)).not.toContain(value);
    expect(prepared.title).toBe('Key [REDACTED] leaked');
    expect(prepared.details).toBe('found [REDACTED] twice: [REDACTED]');
  });
});

describe('redact', () => {
  it('replaces every occurrence and ignores empty values', () => {
    expect(redact('a-XYZ-b-XYZ', ['XYZ', ''])).toBe(`a-${REDACTED}-b-${REDACTED}`);
  });
});
