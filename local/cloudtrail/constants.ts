/** CloudTrail `LookupEvents` limits the stand-in enforces; tests import these. */
export const LOOKUP_LIMITS = {
  maxResults: 50,
  defaultMaxResults: 50,
  /** Event history keeps 90 days. */
  retentionMs: 90 * 24 * 60 * 60 * 1000,
  /** Requests per second per account and region when the rate limit is on. */
  requestsPerSecond: 2,
} as const;

export const LOOKUP_ATTRIBUTE_KEYS = [
  'EventId',
  'EventName',
  'ReadOnly',
  'Username',
  'ResourceType',
  'ResourceName',
  'EventSource',
  'AccessKeyId',
] as const;

export type LookupAttributeKey = (typeof LOOKUP_ATTRIBUTE_KEYS)[number];

/** `X-Amz-Target` prefixes of CloudTrail's JSON 1.1 API (the SDK's and the CLI's). */
export const CLOUDTRAIL_TARGET_PREFIXES = [
  'CloudTrail_20131101',
  'com.amazonaws.cloudtrail.v20131101.CloudTrail_20131101',
] as const;
