import {
  GetParameterHistoryCommand,
  LabelParameterVersionCommand,
  PutParameterCommand,
} from '@aws-sdk/client-ssm';
import { describe, expect, it } from 'vitest';
import { useLocalHarness } from '../helpers/local-clients.ts';

const h = useLocalHarness();

/** Writes versions 1..count of /app/h through the API; `keyFor` names a version's KMS key. */
async function write(
  count: number,
  keyFor: (i: number) => string | undefined = () => undefined,
): Promise<void> {
  for (let i = 1; i <= count; i += 1) {
    await h.ssm.send(
      new PutParameterCommand({
        Name: '/app/h',
        Value: `v${i}`,
        Type: 'SecureString',
        KeyId: keyFor(i),
        Overwrite: i > 1,
      }),
    );
  }
}

/** Seeds versions 1..count of /app/h in one control call. */
async function seed(count: number): Promise<void> {
  const versions = Array.from({ length: count }, (_, i) => ({
    name: '/app/h',
    value: `v${i + 1}`,
    type: 'SecureString',
  }));
  await h.control('POST', 'ssm/parameters', versions);
}

describe('GetParameterHistory', () => {
  it('lists versions oldest first with their labels and their own KeyId', async () => {
    await write(3, (i) => (i === 2 ? 'alias/rotated' : undefined));
    await h.ssm.send(
      new LabelParameterVersionCommand({ Name: '/app/h', ParameterVersion: 2, Labels: ['current'] }),
    );

    const history = await h.ssm.send(
      new GetParameterHistoryCommand({ Name: '/app/h', WithDecryption: true }),
    );

    expect(history.Parameters?.map((p) => [p.Version, p.Value, p.KeyId, p.Labels])).toEqual([
      [1, 'v1', 'alias/aws/ssm', []],
      [2, 'v2', 'alias/rotated', ['current']],
      [3, 'v3', 'alias/aws/ssm', []],
    ]);
  });

  it('names the writer in LastModifiedUser', async () => {
    await write(1);

    const history = await h.ssm.send(new GetParameterHistoryCommand({ Name: '/app/h' }));

    expect(history.Parameters?.[0]?.LastModifiedUser).toBe('arn:aws:iam::111122223333:user/local-default');
  });

  it('pages 50 at a time by default', async () => {
    await seed(55);

    const first = await h.ssm.send(new GetParameterHistoryCommand({ Name: '/app/h' }));
    const second = await h.ssm.send(
      new GetParameterHistoryCommand({ Name: '/app/h', NextToken: first.NextToken }),
    );

    expect(first.Parameters).toHaveLength(50);
    expect(second.Parameters?.map((p) => p.Version)).toEqual([51, 52, 53, 54, 55]);
    expect(second.NextToken).toBeUndefined();
  });

  it('refuses MaxResults over 50 with ValidationException', async () => {
    await write(1);

    const error = await h.ssm
      .send(new GetParameterHistoryCommand({ Name: '/app/h', MaxResults: 51 }))
      .catch((e) => e);

    expect(error.name).toBe('ValidationException');
    expect(error.message).toBe(
      "1 validation error detected: Value '51' at 'maxResults' failed to satisfy constraint: Member must have value less than or equal to 50",
    );
  });

  it('answers an unknown parameter with ParameterNotFound', async () => {
    const error = await h.ssm.send(new GetParameterHistoryCommand({ Name: '/app/none' })).catch((e) => e);

    expect(error.name).toBe('ParameterNotFound');
  });
});
