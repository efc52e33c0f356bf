import {
  GetParametersByPathCommand,
  LabelParameterVersionCommand,
  PutParameterCommand,
} from '@aws-sdk/client-ssm';
import { beforeEach, describe, expect, it } from 'vitest';
import { useLocalHarness } from '../helpers/local-clients.ts';

const h = useLocalHarness();
beforeEach(async () => {
  await h.control('POST', 'ssm/parameters', [
    { name: '/qlarius/cloak-key', value: 'ck', type: 'SecureString' },
    { name: '/qlarius/twilio/auth-token', value: 'at', type: 'SecureString' },
    { name: '/qlarius/twilio/account-sid', value: 'AC1', type: 'SecureString' },
    { name: '/qlarius/twilio/deep/x', value: 'deep', type: 'String' },
    { name: '/qlarius-other/x', value: 'other', type: 'String' },
    { name: 'top-level', value: 'top', type: 'String' },
  ]);
});

async function names(path: string, recursive: boolean): Promise<string[]> {
  const answer = await h.ssm.send(new GetParametersByPathCommand({ Path: path, Recursive: recursive }));
  return (answer.Parameters ?? []).map((p) => p.Name ?? '');
}

describe('GetParametersByPath', () => {
  it('returns one level below the path without Recursive', async () => {
    expect(await names('/qlarius/twilio', false)).toEqual([
      '/qlarius/twilio/account-sid',
      '/qlarius/twilio/auth-token',
    ]);
  });

  it('returns every level with Recursive, never a sibling prefix such as /qlarius-other', async () => {
    expect(await names('/qlarius', true)).toEqual([
      '/qlarius/cloak-key',
      '/qlarius/twilio/account-sid',
      '/qlarius/twilio/auth-token',
      '/qlarius/twilio/deep/x',
    ]);
  });

  it('returns every parameter for / with Recursive, and only single-level names without', async () => {
    expect(await names('/', true)).toHaveLength(6);
    expect(await names('/', false)).toEqual(['top-level']);
  });

  it('pages with MaxResults and NextToken', async () => {
    const first = await h.ssm.send(
      new GetParametersByPathCommand({ Path: '/qlarius', Recursive: true, MaxResults: 3 }),
    );
    const second = await h.ssm.send(
      new GetParametersByPathCommand({
        Path: '/qlarius',
        Recursive: true,
        MaxResults: 3,
        NextToken: first.NextToken,
      }),
    );

    expect(first.Parameters).toHaveLength(3);
    expect(second.Parameters?.map((p) => p.Name)).toEqual(['/qlarius/twilio/deep/x']);
    expect(second.NextToken).toBeUndefined();
  });

  it('refuses a NextToken sent with another path with InvalidNextToken', async () => {
    const first = await h.ssm.send(
      new GetParametersByPathCommand({ Path: '/qlarius', Recursive: true, MaxResults: 1 }),
    );

    const error = await h.ssm
      .send(
        new GetParametersByPathCommand({
          Path: '/qlarius/twilio',
          MaxResults: 1,
          NextToken: first.NextToken,
        }),
      )
      .catch((e) => e);

    expect(error.name).toBe('InvalidNextToken');
  });

  it('refuses MaxResults over 10 with ValidationException', async () => {
    const error = await h.ssm
      .send(new GetParametersByPathCommand({ Path: '/qlarius', MaxResults: 11 }))
      .catch((e) => e);

    expect(error.name).toBe('ValidationException');
    expect(error.message).toBe(
      "1 validation error detected: Value '11' at 'maxResults' failed to satisfy constraint: Member must have value less than or equal to 10",
    );
  });

  it('refuses a path without a leading slash with the name-requirements ValidationException', async () => {
    const error = await h.ssm.send(new GetParametersByPathCommand({ Path: 'qlarius' })).catch((e) => e);

    expect(error.name).toBe('ValidationException');
    expect(error.message).toMatch(/^The parameter doesn't meet the parameter name requirements\./);
  });

  it('decrypts SecureString values only with WithDecryption', async () => {
    const plain = await h.ssm.send(new GetParametersByPathCommand({ Path: '/qlarius/twilio' }));
    const decrypted = await h.ssm.send(
      new GetParametersByPathCommand({ Path: '/qlarius/twilio', WithDecryption: true }),
    );

    expect(plain.Parameters?.map((p) => p.Value)).not.toContain('AC1');
    expect(decrypted.Parameters?.map((p) => p.Value)).toEqual(['AC1', 'at']);
  });

  it('returns the labelled version with a Label filter', async () => {
    await h.ssm.send(new PutParameterCommand({ Name: '/qlarius/cloak-key', Value: 'ck2', Overwrite: true }));
    await h.ssm.send(
      new LabelParameterVersionCommand({
        Name: '/qlarius/cloak-key',
        ParameterVersion: 1,
        Labels: ['previous'],
      }),
    );

    const answer = await h.ssm.send(
      new GetParametersByPathCommand({
        Path: '/qlarius',
        WithDecryption: true,
        ParameterFilters: [{ Key: 'Label', Option: 'Equals', Values: ['previous'] }],
      }),
    );

    expect(answer.Parameters?.map((p) => [p.Name, p.Version, p.Value])).toEqual([
      ['/qlarius/cloak-key', 1, 'ck'],
    ]);
  });

  it('refuses a Name filter with InvalidFilterKey', async () => {
    const error = await h.ssm
      .send(
        new GetParametersByPathCommand({
          Path: '/qlarius',
          ParameterFilters: [{ Key: 'Name', Values: ['x'] }],
        }),
      )
      .catch((e) => e);

    expect(error.name).toBe('InvalidFilterKey');
    expect(error.message).toBe(
      'The following filter key is not valid: Name. Valid filter keys include: [Type, KeyId, Label].',
    );
  });
});
