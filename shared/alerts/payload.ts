/**
 * The payload kept in an alert record so that a later invocation can publish the alert
 * again: the validated, redacted alert as JSON, shortened like an oversized message if it
 * would not fit a DynamoDB item.
 */
import { ALERT_DEFAULTS } from './constants.ts';
import { type PreparedAlert, prepareAlert } from './prepare.ts';
import { summarise } from './summarise.ts';
import type { Alert } from './types.ts';

const PAYLOAD_VERSION = 1;

function toJson(alert: PreparedAlert): string {
  const stored: Alert & { omitted?: PreparedAlert['omitted'] } = {
    kind: alert.kind,
    severity: alert.severity,
    secrets: alert.secrets,
    title: alert.title,
    details: alert.details,
    evidence: alert.evidence,
    identity: alert.identity,
    ...(alert.facts === undefined ? {} : { facts: alert.facts }),
    ...(alert.omitted === undefined ? {} : { omitted: alert.omitted }),
  };
  return JSON.stringify({ v: PAYLOAD_VERSION, alert: stored });
}

/** Serialises an alert for its record, within `maxStoredPayloadBytes`. Never throws. */
export function encodePayload(alert: PreparedAlert): string {
  const fits = (candidate: PreparedAlert) =>
    Buffer.byteLength(toJson(candidate)) <= ALERT_DEFAULTS.maxStoredPayloadBytes;
  return toJson(summarise(alert, fits));
}

/**
 * Reads a stored payload back into a prepared alert. Throws `InvalidAlertError` (or
 * `UnknownAlertKindError`) when the payload is not a valid alert of a known kind, and a
 * `SyntaxError` when it is not JSON.
 */
export function decodePayload(payload: string, where: string): PreparedAlert {
  const parsed = JSON.parse(payload) as { v?: unknown; alert?: Record<string, unknown> };
  const { omitted, ...alert } = parsed.alert ?? {};
  const prepared = prepareAlert(alert, [], where);
  return omitted === undefined ? prepared : { ...prepared, omitted: omitted as PreparedAlert['omitted'] };
}
