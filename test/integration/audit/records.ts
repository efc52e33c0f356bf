/**
 * Raw CloudTrail records and EventBridge events for the audit integration tests, written
 * here as plain JSON (never by the product): reads of the cloak key by the test policy's
 * principals, with fresh event ids.
 */
import { randomUUID } from 'node:crypto';
import {
  assumedRole,
  deniedMessage,
  type RecordOptions,
  ROLES,
  ssmRecord,
} from '../../unit/audit/fixtures.ts';

export { ROLES };

export const CLOAK = '/qlarius/cloak-key';
export const CLOAK_ARN = 'arn:aws:ssm:us-east-1:111122223333:parameter/qlarius/cloak-key';

/** CloudTrail's time format: UTC, whole seconds. */
export function trailTime(at: Date | number): string {
  return `${new Date(at).toISOString().slice(0, 19)}Z`;
}

/** A GetParameter of the cloak key with decryption by `role` at `at` (default: an unknown role). */
export function cloakRead(at: Date | number, role: string = ROLES.stranger, more: RecordOptions = {}) {
  return ssmRecord({
    identity: assumedRole(role, 'probe-session'),
    time: trailTime(at),
    eventId: randomUUID(),
    request: { name: CLOAK, withDecryption: true },
    ...more,
  });
}

/** A denied GetParameter of the cloak key by `role` at `at`. */
export function cloakDenied(at: Date | number, role: string = ROLES.stranger) {
  const identity = assumedRole(role, 'probe-session');
  return ssmRecord({
    identity,
    time: trailTime(at),
    eventId: randomUUID(),
    request: null,
    errorCode: 'AccessDenied',
    errorMessage: deniedMessage(String(identity.arn), 'GetParameter', CLOAK_ARN),
  });
}

/** The EventBridge event that carries `record`, as the rule's target receives it. */
export function eventBridgeEvent(record: Record<string, unknown>): Record<string, unknown> {
  return {
    version: '0',
    id: randomUUID(),
    'detail-type': 'AWS API Call via CloudTrail',
    source: 'aws.ssm',
    account: '111122223333',
    time: record.eventTime,
    region: 'us-east-1',
    resources: [],
    detail: record,
  };
}

/** `instant#<rule>#<event id>`: an instant finding's alert key as the alerts module writes it. */
export function instantKey(rule: string, eventId: string): string {
  return `instant#${rule}#${eventId}`;
}
