import {
  DescribeParametersCommand,
  GetParameterCommand,
  GetParameterHistoryCommand,
  PutParameterCommand,
} from '@aws-sdk/client-ssm';
import { describe, expect, it } from 'vitest';
import { SSM_DEFAULTS } from '../../../local/ssm/constants.ts';
import { useLocalHarness } from '../helpers/local-clients.ts';

const h = useLocalHarness();

describe('PutParameter', () => {
  it('creates version 1 and answers Version and Tier', async () => {
    const answer = await h.ssm.send(
      new PutParameterCommand({ Name: '/app/a', Value: 'one', Type: 'String' }),
    );

    expect(answer.Version).toBe(1);
    expect(answer.Tier).toBe('Standard');
  });

  it('writes a new version with Overwrite and keeps the type when Type is omitted', async () => {
    await h.ssm.send(new PutParameterCommand({ Name: '/app/a', Value: 'one', Type: 'SecureString' }));

    const answer = await h.ssm.send(
      new PutParameterCommand({ Name: '/app/a', Value: 'two', Overwrite: true }),
    );

    expect(answer.Version).toBe(2);
    const read = await h.ssm.send(new GetParameterCommand({ Name: '/app/a', WithDecryption: true }));
    expect(read.Parameter).toMatchObject({ Value: 'two', Version: 2, Type: 'SecureString' });
  });

  it('refuses an existing name without Overwrite with ParameterAlreadyExists', async () => {
    await h.ssm.send(new PutParameterCommand({ Name: '/app/a', Value: 'one', Type: 'String' }));

    const error = await h.ssm
      .send(new PutParameterCommand({ Name: '/app/a', Value: 'two', Type: 'String' }))
      .catch((e) => e);

    expect(error.name).toBe('ParameterAlreadyExists');
    expect(error.message).toBe(
      'The parameter already exists. To overwrite this value, set the overwrite option in the request to true.',
    );
  });

  it('refuses a new parameter without Type', async () => {
    const error = await h.ssm.send(new PutParameterCommand({ Name: '/app/a', Value: 'one' })).catch((e) => e);

    expect(error.name).toBe('ValidationException');
    expect(error.message).toBe('A parameter type is required when you create a parameter.');
  });

  it('refuses an empty value with ValidationException', async () => {
    const error = await h.ssm
      .send(new PutParameterCommand({ Name: '/app/a', Value: '', Type: 'String' }))
      .catch((e) => e);

    expect(error.name).toBe('ValidationException');
    expect(error.message).toBe(
      "1 validation error detected: Value '' at 'value' failed to satisfy constraint: Member must have length greater than or equal to 1",
    );
  });

  it('refuses Tags together with Overwrite', async () => {
    const error = await h.ssm
      .send(
        new PutParameterCommand({
          Name: '/app/a',
          Value: 'one',
          Type: 'String',
          Overwrite: true,
          Tags: [{ Key: 'team', Value: 'ops' }],
        }),
      )
      .catch((e) => e);

    expect(error.name).toBe('ValidationException');
    expect(error.message).toMatch(/^Invalid request: tags and overwrite can't be used together\./);
  });

  it('refuses to change the type of an existing parameter with HierarchyTypeMismatchException', async () => {
    await h.ssm.send(new PutParameterCommand({ Name: '/app/a', Value: 'one', Type: 'String' }));

    const error = await h.ssm
      .send(new PutParameterCommand({ Name: '/app/a', Value: 'two', Type: 'SecureString', Overwrite: true }))
      .catch((e) => e);

    expect(error.name).toBe('HierarchyTypeMismatchException');
    expect(error.message).toMatch(
      /^Parameter Store doesn't support changing a parameter type in a hierarchy\./,
    );
  });

  it.each(['/app/with space', 'app/not-qualified', '/awsx/a', 'ssm-thing', '/app/bad@char'])(
    'refuses the name %s with ValidationException',
    async (name) => {
      const error = await h.ssm
        .send(new PutParameterCommand({ Name: name, Value: 'v', Type: 'String' }))
        .catch((e) => e);

      expect(error.name).toBe('ValidationException');
      expect(error.message).toMatch(/^Parameter name: can't be prefixed with "ssm" \(case-insensitive\)\./);
    },
  );

  it('refuses a name deeper than 15 levels with HierarchyLevelLimitExceededException', async () => {
    const name = `/${Array.from({ length: 16 }, (_, i) => `l${i}`).join('/')}`;

    const error = await h.ssm
      .send(new PutParameterCommand({ Name: name, Value: 'v', Type: 'String' }))
      .catch((e) => e);

    expect(error.name).toBe('HierarchyLevelLimitExceededException');
  });

  it('refuses a Standard value over 4096 characters', async () => {
    const error = await h.ssm
      .send(new PutParameterCommand({ Name: '/app/a', Value: 'x'.repeat(4097), Type: 'String' }))
      .catch((e) => e);

    expect(error.name).toBe('ValidationException');
    expect(error.message).toBe(
      'Standard tier parameters support a maximum parameter value of 4096 characters.',
    );
  });

  it('gives a SecureString without KeyId the default key alias/aws/ssm', async () => {
    await h.ssm.send(new PutParameterCommand({ Name: '/app/s', Value: 'v', Type: 'SecureString' }));

    const described = await h.ssm.send(new DescribeParametersCommand({}));

    expect(described.Parameters?.[0]?.KeyId).toBe(SSM_DEFAULTS.keyId);
  });

  it('gives an overwrite without KeyId the default key, not the previous version key', async () => {
    await h.ssm.send(
      new PutParameterCommand({ Name: '/app/s', Value: 'v1', Type: 'SecureString', KeyId: 'alias/app' }),
    );
    await h.ssm.send(new PutParameterCommand({ Name: '/app/s', Value: 'v2', Overwrite: true }));

    const history = await h.ssm.send(new GetParameterHistoryCommand({ Name: '/app/s' }));

    expect(history.Parameters?.map((p) => p.KeyId)).toEqual(['alias/app', 'alias/aws/ssm']);
  });

  it('stamps LastModifiedDate from the stand-ins clock', async () => {
    h.clock.advance(90_000);
    await h.ssm.send(new PutParameterCommand({ Name: '/app/a', Value: 'one', Type: 'String' }));

    const read = await h.ssm.send(new GetParameterCommand({ Name: '/app/a' }));

    expect(read.Parameter?.LastModifiedDate?.toISOString()).toBe(h.clock.now().toISOString());
  });
});
