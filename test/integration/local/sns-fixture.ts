/**
 * Shared by the SNS tests: the local server with a real `SNSClient`, a fresh world per test,
 * and `refusal()` to read the code, message and status of a refused call.
 */
import { CreateTopicCommand, SNSClient } from '@aws-sdk/client-sns';
import { afterAll, beforeAll, beforeEach } from 'vitest';
import { awsClientConfig, type LocalHarness, startLocalHarness } from '../helpers/local-clients.ts';

export interface SnsFixture {
  h: LocalHarness;
  sns: SNSClient;
}

/** Registers the hooks; the returned object is filled in `beforeAll`. */
export function useSnsFixture(): SnsFixture {
  const fx = {} as SnsFixture;
  beforeAll(async () => {
    fx.h = await startLocalHarness();
    fx.sns = new SNSClient(awsClientConfig(fx.h.local));
  });
  beforeEach(() => fx.h.reset());
  afterAll(async () => {
    fx.sns.destroy();
    await fx.h.close();
  });
  return fx;
}

export interface Refusal {
  code: unknown;
  message: string;
  status: unknown;
}

/** Awaits a call that must fail; answers its error code, message and HTTP status. */
export async function refusal(promise: Promise<unknown>): Promise<Refusal> {
  const outcome = await promise.then(
    () => undefined,
    (error: unknown) =>
      error as { Code?: unknown; name: string; message: string; $metadata?: { httpStatusCode?: number } },
  );
  if (outcome === undefined) throw new Error('expected the call to be refused');
  return {
    code: outcome.Code ?? outcome.name,
    message: outcome.message,
    status: outcome.$metadata?.httpStatusCode,
  };
}

export async function createTopic(
  sns: SNSClient,
  name: string,
  attributes?: Record<string, string>,
): Promise<string> {
  const { TopicArn } = await sns.send(new CreateTopicCommand({ Name: name, Attributes: attributes }));
  if (!TopicArn) throw new Error('CreateTopic answered no TopicArn');
  return TopicArn;
}
