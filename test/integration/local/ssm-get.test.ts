/** GetParameter, with case C-02 of ../shared/cases.md (reading by label). */
import { GetParameterCommand, LabelParameterVersionCommand, PutParameterCommand } from '@aws-sdk/client-ssm';
import { beforeEach, describe, expect, it } from 'vitest';
import { useLocalHarness } from '../helpers/local-clients.ts';

const h = useLocalHarness();
beforeEach(async () => {
  await h.ssm.send(new PutParameterCommand({ Name: '/app/k', Value: 'blue-value', Type: 'SecureString' }));
  await h.ssm.send(new PutParameterCommand({ Name: '/app/k', Value: 'green-value', Overwrite: true }));
  await h.ssm.send(
    new LabelParameterVersionCommand({ Name: '/app/k', ParameterVersion: 1, Labels: ['blue'] }),
  );
  await h.ssm.send(
    new LabelParameterVersionCommand({ Name: '/app/k', ParameterVersion: 2, Labels: ['green'] }),
  );
});

describe('GetParameter with a selector (C-02)', () => {
  it('reads /app/k:green as v2 with the bare Name and Selector ":green"', async () => {
    const { Parameter } = await h.ssm.send(
      new GetParameterCommand({ Name: '/app/k:green', WithDecryption: true }),
    );

    expect(Parameter).toMatchObject({ Name: '/app/k', Selector: ':green', Version: 2, Value: 'green-value' });
  });

  it('reads /app/k:1 as v1 with Selector ":1"', async () => {
    const { Parameter } = await h.ssm.send(
      new GetParameterCommand({ Name: '/app/k:1', WithDecryption: true }),
    );

    expect(Parameter).toMatchObject({ Name: '/app/k', Selector: ':1', Version: 1, Value: 'blue-value' });
  });

  it('answers an unknown version with ParameterVersionNotFound', async () => {
    const error = await h.ssm.send(new GetParameterCommand({ Name: '/app/k:7' })).catch((e) => e);

    expect(error.name).toBe('ParameterVersionNotFound');
    expect(error.message).toBe(
      'Systems Manager could not find version 7 of /app/k. Verify the version and try again.',
    );
  });

  it('answers an unknown label with ParameterNotFound naming /app/k:nolabel', async () => {
    const error = await h.ssm.send(new GetParameterCommand({ Name: '/app/k:nolabel' })).catch((e) => e);

    expect(error.name).toBe('ParameterNotFound');
    expect(error.message).toBe('Parameter /app/k:nolabel not found.');
  });
});

describe('GetParameter', () => {
  it('returns the latest version without Selector', async () => {
    const { Parameter } = await h.ssm.send(new GetParameterCommand({ Name: '/app/k', WithDecryption: true }));

    expect(Parameter).toMatchObject({ Name: '/app/k', Version: 2, Value: 'green-value', DataType: 'text' });
    expect(Parameter).not.toHaveProperty('Selector');
    expect(Parameter?.ARN).toBe('arn:aws:ssm:us-east-1:111122223333:parameter/app/k');
  });

  it('returns a SecureString value unreadable without WithDecryption, the same on every read', async () => {
    const first = await h.ssm.send(new GetParameterCommand({ Name: '/app/k' }));
    const second = await h.ssm.send(new GetParameterCommand({ Name: '/app/k' }));

    expect(first.Parameter?.Value).not.toContain('green-value');
    expect(Buffer.from(first.Parameter?.Value ?? '', 'base64').toString('utf8')).not.toContain('green-value');
    expect(first.Parameter?.Value).toBe(second.Parameter?.Value);
  });

  it('returns a String value as written without WithDecryption', async () => {
    await h.ssm.send(new PutParameterCommand({ Name: '/app/plain', Value: 'hello', Type: 'String' }));

    const { Parameter } = await h.ssm.send(new GetParameterCommand({ Name: '/app/plain' }));

    expect(Parameter?.Value).toBe('hello');
  });

  it('reads a parameter by its ARN', async () => {
    const { Parameter } = await h.ssm.send(
      new GetParameterCommand({
        Name: 'arn:aws:ssm:us-east-1:111122223333:parameter/app/k:blue',
        WithDecryption: true,
      }),
    );

    expect(Parameter).toMatchObject({ Name: '/app/k', Version: 1, Value: 'blue-value', Selector: ':blue' });
  });

  it('reads a single-level name with or without its leading slash as one parameter', async () => {
    await h.ssm.send(new PutParameterCommand({ Name: '/cloak-key', Value: 'k1', Type: 'String' }));

    const { Parameter } = await h.ssm.send(new GetParameterCommand({ Name: 'cloak-key' }));

    expect(Parameter).toMatchObject({
      Value: 'k1',
      ARN: 'arn:aws:ssm:us-east-1:111122223333:parameter/cloak-key',
    });
  });

  it('answers an unknown name with ParameterNotFound carrying no message, as AWS does', async () => {
    const error = await h.ssm.send(new GetParameterCommand({ Name: '/app/missing' })).catch((e) => e);

    expect(error.name).toBe('ParameterNotFound');
    expect(error.$metadata.httpStatusCode).toBe(400);
    expect(error.message).toBe('UnknownError');
  });
});
