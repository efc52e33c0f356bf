import {
  DeleteParameterCommand,
  DescribeParametersCommand,
  GetParameterCommand,
  PutParameterCommand,
} from '@aws-sdk/client-ssm';
import { beforeEach, describe, expect, it } from 'vitest';
import { useLocalHarness } from '../helpers/local-clients.ts';

const h = useLocalHarness();
beforeEach(async () => {
  await h.control('POST', 'ssm/parameters', [
    { name: '/qlarius/cloak-key', value: 'ck', type: 'SecureString', keyId: 'alias/qlarius' },
    { name: '/qlarius/twilio/auth-token', value: 'at', type: 'SecureString' },
    { name: '/qlarius/plain', value: 'p', type: 'String' },
  ]);
});

describe('DescribeParameters', () => {
  it('reports each SecureString KeyId and no KeyId for a String', async () => {
    const answer = await h.ssm.send(new DescribeParametersCommand({}));

    expect(answer.Parameters?.map((p) => [p.Name, p.Type, p.KeyId])).toEqual([
      ['/qlarius/cloak-key', 'SecureString', 'alias/qlarius'],
      ['/qlarius/plain', 'String', undefined],
      ['/qlarius/twilio/auth-token', 'SecureString', 'alias/aws/ssm'],
    ]);
  });

  it('filters by Name Equals, with or without the leading slash', async () => {
    const answer = await h.ssm.send(
      new DescribeParametersCommand({
        ParameterFilters: [{ Key: 'Name', Option: 'Equals', Values: ['qlarius/plain'] }],
      }),
    );

    expect(answer.Parameters?.map((p) => p.Name)).toEqual(['/qlarius/plain']);
  });

  it('filters by Name BeginsWith', async () => {
    const answer = await h.ssm.send(
      new DescribeParametersCommand({
        ParameterFilters: [{ Key: 'Name', Option: 'BeginsWith', Values: ['/qlarius/twi'] }],
      }),
    );

    expect(answer.Parameters?.map((p) => p.Name)).toEqual(['/qlarius/twilio/auth-token']);
  });

  it('pages with MaxResults and NextToken', async () => {
    const first = await h.ssm.send(new DescribeParametersCommand({ MaxResults: 2 }));
    const second = await h.ssm.send(
      new DescribeParametersCommand({ MaxResults: 2, NextToken: first.NextToken }),
    );

    expect(first.Parameters).toHaveLength(2);
    expect(second.Parameters?.map((p) => p.Name)).toEqual(['/qlarius/twilio/auth-token']);
  });

  it('refuses Filters and ParameterFilters together', async () => {
    const error = await h.ssm
      .send(
        new DescribeParametersCommand({
          Filters: [{ Key: 'Name', Values: ['/q'] }],
          ParameterFilters: [{ Key: 'Type', Values: ['String'] }],
        }),
      )
      .catch((e) => e);

    expect(error.name).toBe('ValidationException');
    expect(error.message).toBe('You can use either Filters or ParameterFilters in a single request.');
  });

  it('refuses an unknown option with InvalidFilterOption', async () => {
    const error = await h.ssm
      .send(
        new DescribeParametersCommand({
          ParameterFilters: [{ Key: 'Type', Option: 'Contains', Values: ['String'] }],
        }),
      )
      .catch((e) => e);

    expect(error.name).toBe('InvalidFilterOption');
    expect(error.message).toBe(
      'The following filter option is not valid: Contains. Valid options include: [Equals, BeginsWith].',
    );
  });
});

describe('DeleteParameter', () => {
  it('deletes every version of the parameter', async () => {
    await h.ssm.send(new DeleteParameterCommand({ Name: '/qlarius/plain' }));

    const error = await h.ssm.send(new GetParameterCommand({ Name: '/qlarius/plain' })).catch((e) => e);

    expect(error.name).toBe('ParameterNotFound');
  });

  it('restarts at version 1 when a deleted name is written again', async () => {
    await h.ssm.send(new DeleteParameterCommand({ Name: '/qlarius/plain' }));

    const answer = await h.ssm.send(
      new PutParameterCommand({ Name: '/qlarius/plain', Value: 'again', Type: 'String' }),
    );

    expect(answer.Version).toBe(1);
  });

  it('answers an unknown name with ParameterNotFound', async () => {
    const error = await h.ssm.send(new DeleteParameterCommand({ Name: '/qlarius/none' })).catch((e) => e);

    expect(error.name).toBe('ParameterNotFound');
    expect(error.$metadata.httpStatusCode).toBe(400);
  });
});
