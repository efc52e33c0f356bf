/** The audit's normalised access record, whatever the source of the CloudTrail record. */
import type { Selector } from '../parameter-paths/index.ts';
import type { ACCESS_CLASSES, OUTCOMES, RECORD_SOURCES, SKIP_REASONS, SOURCE_KINDS } from './constants.ts';

/** Where a record came from. */
export type RecordSource = (typeof RECORD_SOURCES)[keyof typeof RECORD_SOURCES];
/** `read` returns values, `write` changes them or their labels or tags, `metadata` neither. */
export type AccessClass = (typeof ACCESS_CLASSES)[number];
/** `denied` is an access-denied error code; `failed` any other error (throttling, not found, ...). */
export type Outcome = (typeof OUTCOMES)[number];
/** Why a record was not normalised. */
export type SkipReason = (typeof SKIP_REASONS)[keyof typeof SKIP_REASONS];

/** One parameter a call named, resolved by the parameter-path module. */
export interface ParameterAccess {
  /** As written: a name, `name:selector`, or an ARN (from the request or the error message). */
  reference: string;
  /** The canonical name. */
  name: string;
  /** `secret`: a managed secret's canonical parameter; `pending`: its pending value; `other`: neither. */
  kind: 'secret' | 'pending' | 'other';
  secretId?: string;
  selector?: Selector;
  /** `error-message`: a denied call names its parameter only in the ARN of `errorMessage`. */
  from: 'request' | 'error-message';
}

/** A `GetParametersByPath` call: the path, and the managed secrets it reaches. */
export interface PathRead {
  path: string;
  recursive: boolean;
  secretIds: string[];
  pendingSecretIds: string[];
}

/** Who made the call. `arn` is the identity the policy and alert keys use. */
export interface Principal {
  /** Role ARN (from `sessionIssuer`) for an assumed role, user ARN, root ARN, or the service name. */
  arn: string;
  /** CloudTrail's `userIdentity.type` (`AssumedRole`, `IAMUser`, `Root`, `AWSService`, ...), `Unknown` if absent. */
  type: string;
  accountId?: string;
  /** Session name of an assumed role (e.g. a Lambda function name or an EC2 instance id). */
  sessionName?: string;
  /** The session's own ARN (`arn:aws:sts::...:assumed-role/<role>/<session>`). */
  sessionArn?: string;
  userName?: string;
  accessKeyId?: string;
  /** The service that made the call for the principal (`cloudformation.amazonaws.com`, `AWS Internal`). */
  invokedBy?: string;
  /** The OIDC or SAML provider of a web-identity session (IRSA: the EKS cluster's OIDC provider). */
  webIdentityProvider?: string;
}

/** `sourceIPAddress`: an IP literal, a service name (`AWS Internal`, `*.amazonaws.com`), or anything else. */
export interface CallSource {
  kind: (typeof SOURCE_KINDS)[number];
  /** The address or service name; `AWS Internal/<n>` is given as `AWS Internal`; empty when absent. */
  text: string;
}

/** The union of managed secrets a record touched, by id, from its names and its path read. */
export interface ManagedTouch {
  secretIds: string[];
  pendingSecretIds: string[];
}

/** One SSM parameter call, normalised. Never holds a parameter value (CloudTrail logs none). */
export interface AccessRecord {
  eventId: string;
  time: Date;
  eventName: string;
  access: AccessClass;
  outcome: Outcome;
  parameters: ParameterAccess[];
  path?: PathRead;
  managed: ManagedTouch;
  /** `withDecryption: true` in the request; absent means false. */
  withDecryption: boolean;
  principal: Principal;
  source: CallSource;
  userAgent?: string;
  vpcEndpointId?: string;
  region: string;
  /** The account whose parameters were called (`recipientAccountId`, else the caller's). */
  account: string;
  error?: { code: string; message?: string };
  origin: RecordSource;
}

/** A record that was not normalised, and why. */
export interface SkippedRecord {
  reason: SkipReason;
  /** One line: what was wrong (never a parameter value). */
  detail: string;
  eventId?: string;
  eventName?: string;
  origin: RecordSource;
  /** Position in the batch or file, when known. */
  index?: number;
}

/** The result of normalising one input. */
export type NormaliseResult = { ok: true; record: AccessRecord } | { ok: false; skipped: SkippedRecord };

/** The result of normalising a batch: the records, and the skipped inputs with their reasons. */
export interface NormalisedBatch {
  records: AccessRecord[];
  skipped: SkippedRecord[];
}
