import { describe, expect, it } from 'vitest';
import { InvalidAlertError, prepareAlert } from '../../../shared/alerts/index.ts';
import { decodePayload, encodePayload } from '../../../shared/alerts/payload.ts';
import { driftAlert } from './alert-fixtures.ts';

describe('alert record payload', () => {
  it('round-trips an alert with its severity, identity and facts', () => {
    const alert = prepareAlert(driftAlert({ severity: 'critical' }), [], 'alerts[0]');

    const back = decodePayload(encodePayload(alert), 'record');

    expect(back).toMatchObject({
      kind: 'drift',
      severity: 'critical',
      title: 'Drift on cloak-key: version 7 written outside the rotation',
      identity: { scope: 'lifecycle', condition: 'drift', secret: 'cloak-key' },
      facts: { currentVersion: 6, latestVersion: 7 },
      alertKey: 'lifecycle#drift#-#cloak-key',
    });
  });

  it('stays within 300,000 bytes for a huge alert and records what it left out', () => {
    const alert = prepareAlert(driftAlert({ details: '✅'.repeat(200_000) }), [], 'alerts[0]');

    const payload = encodePayload(alert);
    const back = decodePayload(payload, 'record');

    expect(Buffer.byteLength(payload)).toBeLessThanOrEqual(300_000);
    expect([...back.details].length + (back.omitted?.characters ?? 0)).toBe(200_000);
  });

  it('refuses a payload whose alert is not valid', () => {
    const act = () => decodePayload('{"v":1,"alert":{"kind":"drift"}}', 'alert record instant#x#y');

    expect(act).toThrow(InvalidAlertError);
    expect(act).toThrow(/^alert record instant#x#y\.secrets: /);
  });
});
