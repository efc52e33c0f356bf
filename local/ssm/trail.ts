/**
 * How an SSM call is recorded in CloudTrail: `requestParameters` are the request's members
 * with lower-camel keys (`withDecryption` absent when not sent), a written value replaced
 * by `HIDDEN_DUE_TO_SECURITY_REASONS`, null when the request had none or the call failed.
 */
import { apiCallRecord } from '../cloudtrail/record.ts';
import type { LocalRequest, LocalWorld } from '../core/service.ts';
import type { Identity } from '../identity/types.ts';
import { HIDDEN_VALUE } from './constants.ts';

function lowerCamel(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(lowerCamel);
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(
    Object.entries(value).map(([key, member]) => [
      key.charAt(0).toLowerCase() + key.slice(1),
      lowerCamel(member),
    ]),
  );
}

/** The record's `requestParameters` for a request body. */
export function requestParameters(body: Record<string, unknown>): Record<string, unknown> | null {
  if (Object.keys(body).length === 0) return null;
  const hidden = 'Value' in body ? { ...body, Value: HIDDEN_VALUE } : body;
  return lowerCamel(hidden) as Record<string, unknown>;
}

export interface SsmCallRecord {
  req: LocalRequest;
  identity: Identity;
  action: string;
  readOnly: boolean;
  body: Record<string, unknown>;
  responseElements: Record<string, unknown> | null;
  /** Resource ARNs to list (success only). */
  resources: string[];
  error?: { code: string; message: string | undefined } | undefined;
}

/** Appends the call's record to the world's trail. */
export function recordSsmCall(world: LocalWorld, call: SsmCallRecord): void {
  world.trail.append(
    apiCallRecord({
      identity: call.identity,
      time: world.clock.now(),
      eventSource: 'ssm.amazonaws.com',
      eventName: call.action,
      region: world.region,
      sourceIp: call.identity.sourceIp ?? call.req.remoteAddress,
      userAgent: call.identity.userAgent ?? call.req.headers['user-agent'] ?? '',
      requestParameters: requestParameters(call.body),
      responseElements: call.responseElements,
      requestId: call.req.requestId,
      readOnly: call.readOnly,
      resources: call.resources.map((arn) => ({ accountId: world.accountId, ARN: arn })),
      error: call.error,
      recipientAccountId: world.accountId,
    }),
  );
}
