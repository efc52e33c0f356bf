/** Fixed values of the alerts module: severities, SNS limits, defaults, names on the wire. */

/** Lowest first. */
export const SEVERITIES = ['info', 'low', 'medium', 'high', 'critical'] as const;
export type Severity = (typeof SEVERITIES)[number];

/** How an alert is de-duplicated: once ever (instant), or on change and then once per re-notify interval. */
export const ALERT_SCOPES = ['instant', 'windowed', 'lifecycle'] as const;
export type AlertScope = (typeof ALERT_SCOPES)[number];

export const SNS_PUBLISH_LIMITS = {
  /** Message plus attributes (names, types, values), counted in bytes. */
  maxPublishBytes: 262_144,
  /** The subject must be shorter than 100 characters. */
  maxSubjectChars: 99,
  /** MessageGroupId and MessageDeduplicationId. */
  maxFifoIdChars: 128,
} as const;

export const ALERT_DEFAULTS = {
  reNotifyIntervalMs: 24 * 60 * 60_000,
  /** Instant findings stay suppressed longer than the reconciliation sweep's 25 h look-back. */
  recordRetentionMs: 8 * 24 * 60 * 60_000,
  /** A claim not settled (delivered or pending) within this time is taken to be dead. */
  claimTimeoutMs: 5 * 60_000,
  /** The largest payload kept in an alert record for re-delivery (items are at most 400 KB). */
  maxStoredPayloadBytes: 300_000,
} as const;

/** Message attribute names, for subscription filter policies. */
export const MESSAGE_ATTRIBUTES = { severity: 'severity', kind: 'kind', secret: 'secret' } as const;

/** The `kind` attribute of a message that aggregates alerts of several kinds. */
export const MIXED_KIND = 'multiple';

/** Keys of the `MessageStructure: json` envelope. */
export const TEXT_PROTOCOLS = ['default', 'email'] as const;
export const JSON_PROTOCOLS = ['http', 'https', 'sqs', 'lambda'] as const;

/** Identifies the machine-readable document sent to HTTP/S, SQS and Lambda subscribers. */
export const ALERT_DOCUMENT_SCHEMA = 'ssm-rotation-audit/alerts/v1';

/** The rotation lifecycle kinds; the audit registers one kind per rule. */
export const ROTATION_ALERT_KINDS = {
  adopted: 'adopted',
  rotated: 'rotated',
  retired: 'retired',
  rotationFailed: 'rotation-failed',
  rotationRefused: 'rotation-refused',
  stuck: 'stuck',
  overdue: 'overdue',
  drift: 'drift',
  inconsistentState: 'inconsistent-state',
  tokenInvalid: 'token-invalid',
  retirementDue: 'retirement-due',
} as const;

/** What replaces a registered secret value found in an alert's text. */
export const REDACTED = '[REDACTED]';
