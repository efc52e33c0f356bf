/** GetParameters, with case C-04 of ../shared/cases.md. */
import { GetParametersCommand, LabelParameterVersionCommand, PutParameterCommand } from '@aws-sdk/client-ssm';
import { beforeEach, describe, expect, it } from 'vitest';
import { useLocalHarness } from '../helpers/local-clients.ts';

const h = useLocalHarness();
beforeEach(async () => {
  await h.ssm.send(new PutParameterCommand({ Name: '/app/a', Value: 'a1', Type: 'String' }));
  await h.ssm.send(new PutParameterCommand({ Name: '/app/b', Value: 'b1', Type: 'SecureString' }));
});

describe('GetParameters (C-04)', () => {
  it('returns names that do not exist in InvalidParameters, not as an error', async () => {
    const answer = await h.ssm.send(
      new GetParametersCommand({ Names: ['/app/a', '/app/missing', '/app/b'], WithDecryption: true }),
    );

    expect(answer.Parameters?.map((p) => [p.Name, p.Value])).toEqual([
      ['/app/a', 'a1'],
      ['/app/b', 'b1'],
    ]);
    expect(answer.InvalidParameters).toEqual(['/app/missing']);
  });

  it('accepts 10 names', async () => {
    const names = Array.from({ length: 10 }, (_, i) => `/app/n${i}`);

    const answer = await h.ssm.send(new GetParametersCommand({ Names: names }));

    expect(answer.InvalidParameters).toHaveLength(10);
  });

  it('refuses 11 names with ValidationException', async () => {
    const names = Array.from({ length: 11 }, (_, i) => `/app/n${i}`);

    const error = await h.ssm.send(new GetParametersCommand({ Names: names })).catch((e) => e);

    expect(error.name).toBe('ValidationException');
    expect(error.message).toBe(
      `1 validation error detected: Value '[${names.join(', ')}]' at 'names' failed to satisfy constraint: Member must have length less than or equal to 10`,
    );
  });

  it('returns unknown versions and labels in InvalidParameters and honours selectors', async () => {
    await h.ssm.send(
      new LabelParameterVersionCommand({ Name: '/app/a', ParameterVersion: 1, Labels: ['current'] }),
    );

    const answer = await h.ssm.send(
      new GetParametersCommand({ Names: ['/app/a:current', '/app/a:5', '/app/a:nope'] }),
    );

    expect(answer.Parameters).toEqual([
      expect.objectContaining({ Name: '/app/a', Selector: ':current', Version: 1 }),
    ]);
    expect(answer.InvalidParameters).toEqual(['/app/a:5', '/app/a:nope']);
  });
});
