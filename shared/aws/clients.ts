/**
 * The AWS SDK v3 clients of the product, created once (at module scope in a handler, once
 * per CLI run) and passed into `shared/` functions. Every client has the standard retry
 * strategy; a non-idempotent call opts out per command with `withoutRetries`.
 *
 * Endpoints: the SDK honours `AWS_ENDPOINT_URL` (and `AWS_ENDPOINT_URL_<SERVICE>`) by itself,
 * which is how the CLI reaches `sra local`; tests pass `endpoint` and `credentials`.
 */
import { CloudTrailClient } from '@aws-sdk/client-cloudtrail';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { SNSClient } from '@aws-sdk/client-sns';
import { SSMClient, type SSMClientConfig } from '@aws-sdk/client-ssm';
import { AWS_RETRY } from './constants.ts';

export interface AwsClients {
  readonly ssm: SSMClient;
  readonly cloudTrail: CloudTrailClient;
  readonly sns: SNSClient;
  readonly dynamodb: DynamoDBClient;
}

export interface AwsClientOverrides {
  /** One endpoint for every service, e.g. the local stand-ins' URL. */
  endpoint?: string;
  /** Static credentials or a provider (default: the SDK's default provider chain). */
  credentials?: SSMClientConfig['credentials'];
  /** Attempts in all, the first included (default `AWS_RETRY.maxAttempts`). */
  maxAttempts?: number;
  /** A custom HTTP handler (tests). */
  requestHandler?: SSMClientConfig['requestHandler'];
}

const KNOWN = new Set(['endpoint', 'credentials', 'maxAttempts', 'requestHandler']);

/**
 * Creates the four clients for `config.region`. Throws a `TypeError` for an unknown override
 * or an empty region, a `RangeError` for `maxAttempts` that is not a positive integer.
 */
export function createAwsClients(config: { region: string }, overrides: AwsClientOverrides = {}): AwsClients {
  for (const key of Object.keys(overrides))
    if (!KNOWN.has(key)) throw new TypeError(`createAwsClients: unknown override "${key}"`);
  if (config.region === '') throw new TypeError('createAwsClients: region is required');
  const maxAttempts = overrides.maxAttempts ?? AWS_RETRY.maxAttempts;
  if (!Number.isInteger(maxAttempts) || maxAttempts < 1)
    throw new RangeError(`createAwsClients: maxAttempts must be a positive integer, got ${maxAttempts}`);
  const shared = {
    region: config.region,
    retryMode: AWS_RETRY.mode,
    maxAttempts,
    ...(overrides.endpoint === undefined ? {} : { endpoint: overrides.endpoint }),
    ...(overrides.credentials === undefined ? {} : { credentials: overrides.credentials }),
    ...(overrides.requestHandler === undefined ? {} : { requestHandler: overrides.requestHandler }),
  };
  return {
    ssm: new SSMClient(shared),
    cloudTrail: new CloudTrailClient(shared),
    sns: new SNSClient(shared),
    dynamodb: new DynamoDBClient(shared),
  };
}

/** Closes the clients' connections (tests, the end of a CLI run). Never throws. */
export function destroyAwsClients(clients: AwsClients): void {
  for (const client of [clients.ssm, clients.cloudTrail, clients.sns, clients.dynamodb]) client.destroy();
}
