import { GetParameterCommand, PutParameterCommand } from '@aws-sdk/client-ssm';
import { afterEach, describe, expect, it } from 'vitest';
import {
  type AwsClients,
  createAwsClients,
  destroyAwsClients,
  withoutRetries,
} from '../../../shared/aws/index.ts';
import { fakeHandler, TEST_CREDENTIALS } from './fake-handler.ts';

const SERVER_ERROR = JSON.stringify({ __type: 'InternalServerError', message: 'boom' });
let clients: AwsClients | undefined;

afterEach(() => {
  if (clients) destroyAwsClients(clients);
  clients = undefined;
});

function ssmAnswering500(maxAttempts: number) {
  const fake = fakeHandler(500, SERVER_ERROR);
  clients = createAwsClients(
    { region: 'us-east-1' },
    { credentials: TEST_CREDENTIALS, requestHandler: fake.handler as never, maxAttempts },
  );
  return { ssm: clients.ssm, fake };
}

const put = () =>
  new PutParameterCommand({ Name: '/app/k', Value: 'v', Type: 'SecureString', Overwrite: true });

describe('withoutRetries', () => {
  it('sends a failing command once although the client retries', async () => {
    const { ssm, fake } = ssmAnswering500(3);

    await expect(ssm.send(withoutRetries(put()))).rejects.toMatchObject({ name: 'InternalServerError' });

    expect(fake.calls).toBe(1);
  });

  it('leaves the retries of the client for other commands', async () => {
    const { ssm, fake } = ssmAnswering500(2);
    await ssm.send(withoutRetries(put())).catch(() => undefined);

    await expect(ssm.send(new GetParameterCommand({ Name: '/app/k' }))).rejects.toMatchObject({
      name: 'InternalServerError',
    });

    expect(fake.targets).toEqual([
      'AmazonSSM.PutParameter',
      'AmazonSSM.GetParameter',
      'AmazonSSM.GetParameter',
    ]);
  });

  it('answers the command it was given', () => {
    const command = put();

    expect(withoutRetries(command)).toBe(command);
  });

  it('is harmless when applied twice', async () => {
    const { ssm, fake } = ssmAnswering500(3);

    await ssm.send(withoutRetries(withoutRetries(put()))).catch(() => undefined);

    expect(fake.calls).toBe(1);
  });
});
