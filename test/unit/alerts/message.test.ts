import type { PublishCommandInput } from '@aws-sdk/client-sns';
import { describe, expect, it } from 'vitest';
import { buildPublishInput, prepareAlert } from '../../../shared/alerts/index.ts';
import { driftAlert, rotatedAlert, STANDARD_TOPIC } from './alert-fixtures.ts';

function envelope(input: PublishCommandInput): Record<string, string> {
  return JSON.parse(input.Message ?? '') as Record<string, string>;
}

describe('buildPublishInput', () => {
  const drift = prepareAlert(driftAlert(), [], 'alerts[0]');

  it('sends a JSON message structure with text for people and JSON for machines', () => {
    const input = buildPublishInput(STANDARD_TOPIC, 'high', [drift]);

    expect(input.MessageStructure).toBe('json');
    expect(Object.keys(envelope(input)).sort()).toEqual([
      'default',
      'email',
      'http',
      'https',
      'lambda',
      'sqs',
    ]);
    expect(envelope(input).email).toBe(envelope(input).default);
    expect(envelope(input).sqs).toBe(envelope(input).http);
  });

  it('keeps the full title, the details, the facts, the evidence and what to do in the text', () => {
    const text = envelope(buildPublishInput(STANDARD_TOPIC, 'high', [drift])).default;

    expect(text).toContain('[HIGH] drift: Drift on cloak-key: version 7 written outside the rotation');
    expect(text).toContain('Version 7 is newer than `current` (version 6) and was adopted.');
    expect(text).toContain('latestVersion: 7');
    expect(text).toContain('Evidence: 3f2c1a7e-0000-4000-8000-000000000007');
    expect(text).toContain('What to do: Find the writer in CloudTrail.');
  });

  it('sends the JSON document of the documented schema to http, https, sqs and lambda', () => {
    const doc = JSON.parse(envelope(buildPublishInput(STANDARD_TOPIC, 'high', [drift])).lambda ?? '');

    expect(doc).toMatchObject({
      schema: 'ssm-rotation-audit/alerts/v1',
      severity: 'high',
      count: 1,
      kinds: ['drift'],
      secrets: ['cloak-key'],
      alerts: [
        {
          kind: 'drift',
          severity: 'high',
          title: 'Drift on cloak-key: version 7 written outside the rotation',
          secrets: ['cloak-key'],
          facts: { currentVersion: 6, latestVersion: 7 },
          evidence: ['3f2c1a7e-0000-4000-8000-000000000007'],
          alertKey: 'lifecycle#drift#-#cloak-key',
          scope: 'lifecycle',
        },
      ],
    });
  });

  it('sets severity and kind as String attributes and every secret as a String.Array', () => {
    const rotated = prepareAlert(rotatedAlert('rot-1', 'twilio-auth-token'), [], 'alerts[1]');
    const input = buildPublishInput(STANDARD_TOPIC, 'high', [drift, { ...rotated, severity: 'high' }]);

    expect(input.MessageAttributes).toEqual({
      severity: { DataType: 'String', StringValue: 'high' },
      kind: { DataType: 'String', StringValue: 'multiple' },
      secret: { DataType: 'String.Array', StringValue: '["cloak-key","twilio-auth-token"]' },
    });
  });

  it('names the single kind of a message in the kind attribute', () => {
    expect(buildPublishInput(STANDARD_TOPIC, 'high', [drift]).MessageAttributes?.kind?.StringValue).toBe(
      'drift',
    );
  });

  it('omits the secret attribute when no secret is concerned', () => {
    const none = prepareAlert(driftAlert({ secrets: [] }), [], 'alerts[0]');

    expect(buildPublishInput(STANDARD_TOPIC, 'high', [none]).MessageAttributes?.secret).toBeUndefined();
  });

  it('makes the subject from the severity and the title', () => {
    expect(buildPublishInput(STANDARD_TOPIC, 'high', [drift]).Subject).toBe(
      'HIGH: Drift on cloak-key: version 7 written outside the rotation',
    );
  });

  it('counts the alerts of an aggregated message in its subject', () => {
    const input = buildPublishInput(STANDARD_TOPIC, 'high', [drift, drift, drift]);

    expect(input.Subject).toBe('HIGH (3 alerts): Drift on cloak-key: version 7 written outside the rotation');
  });

  it('sanitises a non-ASCII, multi-line title in the subject and keeps it whole in the body (C-14)', () => {
    const alert = prepareAlert(driftAlert({ title: 'Clé tournée ✅\nprod' }), [], 'alerts[0]');

    const input = buildPublishInput(STANDARD_TOPIC, 'high', [alert]);

    expect(input.Subject).toBe('HIGH: Cle tournee prod');
    expect(envelope(input).default).toContain('Clé tournée ✅\nprod');
  });
});
