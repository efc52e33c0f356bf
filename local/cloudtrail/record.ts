/**
 * One CloudTrail record of an API call, in the shape and field order of a raw trail file
 * (corpus samples 05, 08, 11, 12): a failed call has `errorCode` and `errorMessage` and
 * `requestParameters: null`; `resources` (key `ARN`) only on success; `vpcEndpointId` only
 * for calls through an interface endpoint.
 */
import { randomUUID } from 'node:crypto';
import type { Identity } from '../identity/types.ts';
import { userIdentity } from './user-identity.ts';

/** A CloudTrail record as JSON. Appended raw records may have any other fields. */
export type CloudTrailRecord = Record<string, unknown> & { eventTime: string; eventID: string };

export const EVENT_VERSION = '1.08';

export interface ApiCallRecordInput {
  identity: Identity;
  time: Date;
  eventSource: string;
  eventName: string;
  region: string;
  sourceIp: string;
  userAgent: string;
  /** Ignored (recorded as null) when `error` is set. */
  requestParameters: Record<string, unknown> | null;
  responseElements: Record<string, unknown> | null;
  requestId: string;
  readOnly: boolean;
  /** One `{accountId, ARN}` per resource; left out on failure or when empty. */
  resources: Array<{ accountId: string; ARN: string }>;
  error?: { code: string; message: string | undefined } | undefined;
  recipientAccountId: string;
}

/** CloudTrail's ISO time: UTC, whole seconds, `Z`. */
export function cloudTrailTime(date: Date): string {
  return `${date.toISOString().slice(0, 19)}Z`;
}

export function apiCallRecord(input: ApiCallRecordInput): CloudTrailRecord {
  const { identity, error } = input;
  const eventTime = cloudTrailTime(input.time);
  const failure = error === undefined ? {} : errorFields(error);
  const resources = error === undefined && input.resources.length > 0 ? { resources: input.resources } : {};
  const endpoint = identity.vpcEndpointId === undefined ? {} : { vpcEndpointId: identity.vpcEndpointId };
  return {
    eventVersion: EVENT_VERSION,
    userIdentity: userIdentity(identity, eventTime),
    eventTime,
    eventSource: input.eventSource,
    eventName: input.eventName,
    awsRegion: input.region,
    sourceIPAddress: input.sourceIp,
    userAgent: input.userAgent,
    ...failure,
    requestParameters: error === undefined ? input.requestParameters : null,
    responseElements: error === undefined ? input.responseElements : null,
    requestID: input.requestId,
    eventID: randomUUID(),
    readOnly: input.readOnly,
    ...resources,
    eventType: 'AwsApiCall',
    managementEvent: true,
    recipientAccountId: input.recipientAccountId,
    ...endpoint,
    eventCategory: 'Management',
    tlsDetails: {
      tlsVersion: 'TLSv1.2',
      cipherSuite: 'ECDHE-RSA-AES128-GCM-SHA256',
      clientProvidedHostHeader: `${input.eventSource.split('.')[0]}.${input.region}.amazonaws.com`,
    },
  };
}

/** Denials are written `AccessDenied` by CloudTrail although the API answers `AccessDeniedException`. */
function errorFields(error: { code: string; message: string | undefined }): Record<string, string> {
  const errorCode = error.code === 'AccessDeniedException' ? 'AccessDenied' : error.code;
  return error.message ? { errorCode, errorMessage: error.message } : { errorCode };
}
