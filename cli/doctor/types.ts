/** What a doctor check answers, and what the checks are given. */
import type { CloudTrailClient } from '@aws-sdk/client-cloudtrail';
import type { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import type { SNSClient } from '@aws-sdk/client-sns';
import type { SSMClient } from '@aws-sdk/client-ssm';
import type { Clock } from '../../shared/clock/index.ts';
import type { Config } from '../../shared/config/index.ts';
import type { TwilioClient } from '../../shared/twilio/index.ts';

/** `skipped`: the check cannot run here; the reason says why and the remedy how to check by hand. */
export const CHECK_STATUSES = ['ok', 'warn', 'fail', 'skipped'] as const;
export type CheckStatus = (typeof CHECK_STATUSES)[number];

export interface CheckResult {
  /** e.g. `parameter cloak-key`, `topic`, `app-grant`. */
  readonly check: string;
  readonly status: CheckStatus;
  /** One line: what was found. Never a secret value. */
  readonly reason: string;
  /** What to do, when the status is not `ok`. */
  readonly remedy?: string;
}

export interface DoctorDeps {
  readonly config: Config;
  readonly ssm: SSMClient;
  readonly dynamodb: DynamoDBClient;
  readonly sns: SNSClient;
  readonly cloudTrail: CloudTrailClient;
  readonly twilio: TwilioClient;
  readonly clock: Clock;
  /** The application's IAM resource pattern (`--app-grant`), default `parameter<root>/*`. */
  readonly appGrant: string;
}

/** Shortcut for building a result. Never throws. */
export function result(check: string, status: CheckStatus, reason: string, remedy?: string): CheckResult {
  return remedy === undefined || status === 'ok'
    ? { check, status, reason }
    : { check, status, reason, remedy };
}

/** The error's name and message on one line (SDK errors name their code). Never throws. */
export function errorLine(error: unknown): string {
  const e = error as { name?: string; message?: string };
  const message = (e.message ?? '').split('\n')[0] ?? '';
  return message === '' || message === 'UnknownError' ? String(e.name) : `${e.name}: ${message}`;
}
