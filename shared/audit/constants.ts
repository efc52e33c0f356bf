/** Fixed values of the audit: event sources and names, record sources, skip reasons. */

/** CloudTrail's `eventSource` of Parameter Store calls. */
export const SSM_EVENT_SOURCE = 'ssm.amazonaws.com';

/** EventBridge's `detail-type` of CloudTrail-sourced events. */
export const CLOUDTRAIL_DETAIL_TYPE = 'AWS API Call via CloudTrail';

/** Where a record came from. */
export const RECORD_SOURCES = {
  lookupEvents: 'lookup-events',
  eventBridge: 'eventbridge',
  logFile: 'log-file',
} as const;

export const ACCESS_CLASSES = ['read', 'write', 'metadata'] as const;
export const OUTCOMES = ['success', 'denied', 'failed'] as const;
export const SOURCE_KINDS = ['ip', 'service', 'unknown'] as const;

/**
 * Where a call names its parameters: `name` (one), `names` (a list of 1-10), `path` (by
 * path), `resource` (tag calls: `resourceId` when `resourceType` is `Parameter`), `none`.
 */
export type RequestShape = 'name' | 'names' | 'path' | 'resource' | 'none';

/** The Parameter Store calls the audit normalises; every other SSM call is skipped. */
export const PARAMETER_EVENTS = {
  GetParameter: { access: 'read', request: 'name' },
  GetParameters: { access: 'read', request: 'names' },
  GetParametersByPath: { access: 'read', request: 'path' },
  GetParameterHistory: { access: 'read', request: 'name' },
  DescribeParameters: { access: 'metadata', request: 'none' },
  ListTagsForResource: { access: 'metadata', request: 'resource' },
  PutParameter: { access: 'write', request: 'name' },
  DeleteParameter: { access: 'write', request: 'name' },
  DeleteParameters: { access: 'write', request: 'names' },
  LabelParameterVersion: { access: 'write', request: 'name' },
  UnlabelParameterVersion: { access: 'write', request: 'name' },
  AddTagsToResource: { access: 'write', request: 'resource' },
  RemoveTagsFromResource: { access: 'write', request: 'resource' },
} as const satisfies Record<string, { access: (typeof ACCESS_CLASSES)[number]; request: RequestShape }>;

/** `errorCode` values that mean the caller was not allowed (CloudTrail writes `AccessDenied` for SSM). */
export const DENIAL_CODES = ['AccessDenied', 'AccessDeniedException', 'UnauthorizedOperation'] as const;

/** The most names one GetParameters or DeleteParameters call accepts. */
export const MAX_NAMES_PER_CALL = 10;

/** How a `sourceIPAddress` of an AWS-internal call starts (`AWS Internal`, `AWS Internal/3`). */
export const AWS_INTERNAL_SOURCE = 'AWS Internal';

/** Why a record was skipped instead of normalised. */
export const SKIP_REASONS = {
  /** The input (or a LookupEvents `CloudTrailEvent` string) is not JSON. */
  notJson: 'not-json',
  /** The record, or an EventBridge event, is not a JSON object. */
  notAnObject: 'not-an-object',
  /** A required field (`eventID`, `eventName`, `eventSource`, `eventTime`, `userIdentity`, ...) is missing or of the wrong type. */
  missingField: 'missing-field',
  /** `eventTime` is not a UTC time CloudTrail writes. */
  invalidTime: 'invalid-time',
  /** Not a Parameter Store record (KMS `Decrypt`, sign-in, another service). */
  notSsm: 'not-ssm-event',
  /** An SSM call that does not concern parameters (`GetDocument`, `SendCommand`, ...). */
  notParameterEvent: 'not-parameter-event',
  /** The request is impossible: more than 10 names, a name that breaks the naming rules, a bad path. */
  invalidRequest: 'invalid-request',
  /** An EventBridge event that is not CloudTrail-sourced. */
  notCloudTrail: 'not-cloudtrail-event',
  /** A log file whose JSON breaks off or has no `Records` array; records before the break are kept. */
  malformedFile: 'malformed-file',
  /** A defect of the normaliser itself; reported, never thrown. */
  unexpected: 'unexpected-error',
} as const;

/** Caches of name resolutions, per layout (names repeat: the cache keeps resolution off the hot path). */
export const NORMALISE_LIMITS = {
  maxCachedReferences: 4096,
} as const;
