import { GetParameterCommand } from '@aws-sdk/client-ssm';
import { afterEach, describe, expect, it } from 'vitest';
import {
  type AwsClientOverrides,
  type AwsClients,
  createAwsClients,
  destroyAwsClients,
} from '../../../shared/aws/index.ts';
import { fakeHandler, TEST_CREDENTIALS } from './fake-handler.ts';

let clients: AwsClients | undefined;

afterEach(() => {
  if (clients) destroyAwsClients(clients);
  clients = undefined;
});

describe('createAwsClients', () => {
  it('creates the four clients for the region', async () => {
    clients = createAwsClients({ region: 'eu-west-1' }, { credentials: TEST_CREDENTIALS });

    const regions = await Promise.all(
      [clients.ssm, clients.cloudTrail, clients.sns, clients.dynamodb].map((c) => c.config.region()),
    );

    expect(regions).toEqual(['eu-west-1', 'eu-west-1', 'eu-west-1', 'eu-west-1']);
  });

  it('uses the standard retry mode with 4 attempts by default', async () => {
    clients = createAwsClients({ region: 'us-east-1' }, { credentials: TEST_CREDENTIALS });

    expect(await clients.dynamodb.config.maxAttempts()).toBe(4);
    expect(((await clients.dynamodb.config.retryStrategy()) as { mode?: string }).mode).toBe('standard');
  });

  it('retries a failing call up to maxAttempts', async () => {
    const fake = fakeHandler(500, JSON.stringify({ __type: 'InternalServerError', message: 'boom' }));
    clients = createAwsClients(
      { region: 'us-east-1' },
      { credentials: TEST_CREDENTIALS, requestHandler: fake.handler as never, maxAttempts: 2 },
    );

    await expect(clients.ssm.send(new GetParameterCommand({ Name: '/app/k' }))).rejects.toThrow();

    expect(fake.calls).toBe(2);
  });

  it('points every client at an explicit endpoint', async () => {
    clients = createAwsClients(
      { region: 'us-east-1' },
      { endpoint: 'http://127.0.0.1:4599', credentials: TEST_CREDENTIALS },
    );

    const endpoint = await clients.sns.config.endpoint?.();

    expect(endpoint).toMatchObject({ protocol: 'http:', hostname: '127.0.0.1', port: 4599 });
  });

  it('uses the credentials given', async () => {
    clients = createAwsClients({ region: 'us-east-1' }, { credentials: TEST_CREDENTIALS });

    const credentials = await clients.cloudTrail.config.credentials();

    expect(credentials).toMatchObject(TEST_CREDENTIALS);
  });

  it('refuses an unknown override', () => {
    expect(() =>
      createAwsClients({ region: 'us-east-1' }, { retries: 3 } as unknown as AwsClientOverrides),
    ).toThrow(new TypeError('createAwsClients: unknown override "retries"'));
  });

  it('refuses maxAttempts below 1', () => {
    expect(() => createAwsClients({ region: 'us-east-1' }, { maxAttempts: 0 })).toThrow(
      new RangeError('createAwsClients: maxAttempts must be a positive integer, got 0'),
    );
  });
});
