/** Alerts for the alerts tests. Values are fake; no secret value appears in any of them. */
import type { Alert } from '../../../shared/alerts/index.ts';

export const STANDARD_TOPIC = 'arn:aws:sns:us-east-1:111122223333:secret-alerts';
export const FIFO_TOPIC = 'arn:aws:sns:us-east-1:111122223333:secret-alerts.fifo';

export function driftAlert(overrides: Partial<Alert> = {}): Alert {
  return {
    kind: 'drift',
    secrets: ['cloak-key'],
    title: 'Drift on cloak-key: version 7 written outside the rotation',
    details: 'Version 7 is newer than `current` (version 6) and was adopted.',
    evidence: ['3f2c1a7e-0000-4000-8000-000000000007'],
    identity: { scope: 'lifecycle', condition: 'drift', secret: 'cloak-key' },
    facts: { currentVersion: 6, latestVersion: 7 },
    ...overrides,
  };
}

export function rotatedAlert(rotationId: string, secret = 'twilio-auth-token'): Alert {
  return {
    kind: 'rotated',
    secrets: [secret],
    title: `Rotated ${secret}`,
    details: 'The new value passed its test and is now `current`.',
    evidence: [rotationId],
    identity: { scope: 'instant', rule: 'rotated', eventId: rotationId },
  };
}
