/**
 * What the engine needs, built once by the caller (the handler at module scope, or the
 * CLI) and passed in: validated configuration, SDK clients, the Twilio client, the clock.
 */
import type { Logger } from '@aws-lambda-powertools/logger';
import type { SNSClient } from '@aws-sdk/client-sns';
import type { SSMClient } from '@aws-sdk/client-ssm';
import type { Clock } from '../clock/index.ts';
import type { Config } from '../config/index.ts';
import type { OpsTable } from '../ops-state/index.ts';
import type { TwilioClient } from '../twilio/index.ts';

/** Where secret values read during a run are registered, so every log item redacts them. */
export interface SecretSink {
  register(value: string): void;
}

export interface RotationDeps {
  readonly config: Config;
  readonly ssm: SSMClient;
  /** The ops table (locks, state, alert records, last runs), with the same clock. */
  readonly ops: OpsTable;
  /** Alerts go to `config.topic.arn` through this client; without a topic they are only logged. */
  readonly sns: SNSClient | undefined;
  readonly twilio: TwilioClient;
  readonly clock: Clock;
  readonly logger?: Logger | undefined;
  readonly secrets?: SecretSink | undefined;
  /** Who runs, for the lock and messages: e.g. `lambda:<request id>`, `cli:<user>`. Not a secret. */
  readonly owner: string;
  /**
   * The CLI's interruption (SIGINT, SIGTERM): once aborted, the run stops before its next
   * change, releases its lock and answers `interrupted`. The Lambda passes none.
   */
  readonly signal?: AbortSignal | undefined;
}
