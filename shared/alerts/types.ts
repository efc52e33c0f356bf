import type { Logger } from '@aws-lambda-powertools/logger';
import type { SNSClient } from '@aws-sdk/client-sns';
import type { OpsTable } from '../ops-state/index.ts';
import type { Severity } from './constants.ts';

/**
 * What makes two alerts "the same alert" (the alert key).
 * - `instant`: one finding from one event (rule and event id); alerted once, never again.
 * - `windowed`: a finding over a window (rule, principal, secret);
 * - `lifecycle`: a rotation condition (condition, secret, optional principal).
 *   Both alert when first seen or when the severity changes, then at most once per
 *   re-notify interval. A rotation *event* (e.g. `rotated`) is `instant`, its event id the
 *   rotation id.
 */
export type AlertIdentity =
  | { readonly scope: 'instant'; readonly rule: string; readonly eventId: string }
  | { readonly scope: 'windowed'; readonly rule: string; readonly principal: string; readonly secret: string }
  | {
      readonly scope: 'lifecycle';
      readonly condition: string;
      readonly secret: string;
      readonly principal?: string;
    };

/** One alert as rotation and audit hand it in. Secret ids and versions only, never values. */
export interface Alert {
  readonly kind: string;
  /** Defaults to the catalogue's severity for the kind. */
  readonly severity?: Severity;
  /** Ids of every secret the alert concerns (`cloak-key`, ...). */
  readonly secrets: readonly string[];
  /** One line for people; kept whole in the body, shortened in the subject. */
  readonly title: string;
  /** Readable explanation, any length (split or summarised to fit SNS). */
  readonly details: string;
  /** Evidence ids (CloudTrail event ids, rotation ids). */
  readonly evidence: readonly string[];
  readonly identity: AlertIdentity;
  /** Short structured facts (versions, principal, rotation id), shown in text and JSON. */
  readonly facts?: Readonly<Record<string, string | number | boolean>>;
}

export type AlertStatus = 'delivered' | 'suppressed' | 'pending';

/** What became of one alert: sent, already sent (or being sent by a live claim), or waiting for a later call. */
export interface AlertOutcome {
  readonly alertKey: string;
  readonly kind: string;
  readonly status: AlertStatus;
  /** SNS message id, when delivered. */
  readonly messageId?: string;
  /** The publish error's code, when pending. */
  readonly error?: string;
}

export interface PublishReport {
  readonly outcomes: readonly AlertOutcome[];
  readonly messagesSent: number;
  readonly messagesFailed: number;
}

/** What the publisher needs; built once by the caller from validated configuration. */
export interface AlertPublisher {
  readonly sns: SNSClient;
  readonly topicArn: string;
  readonly ops: OpsTable;
  readonly reNotifyIntervalMs?: number;
  readonly claimTimeoutMs?: number;
  /** Secret values known to the caller; any found in an alert's text is replaced by `[REDACTED]`. */
  readonly secretValues?: readonly string[];
  readonly logger?: Logger;
}
