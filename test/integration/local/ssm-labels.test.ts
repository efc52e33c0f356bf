/** LabelParameterVersion and UnlabelParameterVersion, with case C-03 of ../shared/cases.md. */
import {
  GetParameterCommand,
  GetParameterHistoryCommand,
  LabelParameterVersionCommand,
  PutParameterCommand,
  UnlabelParameterVersionCommand,
} from '@aws-sdk/client-ssm';
import { beforeEach, describe, expect, it } from 'vitest';
import { useLocalHarness } from '../helpers/local-clients.ts';

const h = useLocalHarness();
beforeEach(async () => {
  for (const [i, value] of ['one', 'two', 'three'].entries()) {
    await h.ssm.send(
      new PutParameterCommand({ Name: '/app/p', Value: value, Type: 'String', Overwrite: i > 0 }),
    );
  }
});

async function labelsByVersion(): Promise<Record<number, string[]>> {
  const history = await h.ssm.send(new GetParameterHistoryCommand({ Name: '/app/p' }));
  return Object.fromEntries((history.Parameters ?? []).map((p) => [p.Version, p.Labels]));
}

describe('LabelParameterVersion (C-03)', () => {
  it('answers 200 with InvalidLabels ["5","awsProd","SSM-x"] and attaches only rel.2024-01', async () => {
    const answer = await h.ssm.send(
      new LabelParameterVersionCommand({
        Name: '/app/p',
        ParameterVersion: 2,
        Labels: ['5', 'awsProd', 'SSM-x', 'rel.2024-01'],
      }),
    );

    expect(answer.$metadata.httpStatusCode).toBe(200);
    expect(answer.InvalidLabels).toEqual(['5', 'awsProd', 'SSM-x']);
    expect(answer.ParameterVersion).toBe(2);
    expect(await labelsByVersion()).toEqual({ 1: [], 2: ['rel.2024-01'], 3: [] });
  });

  it('fails the 11th label on one version with ParameterVersionLabelLimitExceeded and changes nothing', async () => {
    const ten = Array.from({ length: 10 }, (_, i) => `l${i}`);
    await h.ssm.send(new LabelParameterVersionCommand({ Name: '/app/p', ParameterVersion: 1, Labels: ten }));

    const error = await h.ssm
      .send(new LabelParameterVersionCommand({ Name: '/app/p', ParameterVersion: 1, Labels: ['eleventh'] }))
      .catch((e) => e);

    expect(error.name).toBe('ParameterVersionLabelLimitExceeded');
    expect(error.message).toBe(
      'A parameter version can have maximum 10 labels. Move one or more labels to another version and try again.',
    );
    expect((await labelsByVersion())[1]).toEqual(ten);
  });

  it('refuses a label over 100 characters with ValidationException', async () => {
    const long = `a${'b'.repeat(100)}`;

    const error = await h.ssm
      .send(new LabelParameterVersionCommand({ Name: '/app/p', ParameterVersion: 1, Labels: [long] }))
      .catch((e) => e);

    expect(error.name).toBe('ValidationException');
    expect(error.message).toBe(
      `1 validation error detected: Value '[${long}]' at 'labels' failed to satisfy constraint: ` +
        'Member must satisfy constraint: [Member must have length less than or equal to 100, Member must have length greater than or equal to 1]',
    );
  });

  it('moves a label when another version is labelled with it', async () => {
    await h.ssm.send(
      new LabelParameterVersionCommand({ Name: '/app/p', ParameterVersion: 1, Labels: ['current'] }),
    );

    await h.ssm.send(
      new LabelParameterVersionCommand({ Name: '/app/p', ParameterVersion: 3, Labels: ['current'] }),
    );

    expect(await labelsByVersion()).toEqual({ 1: [], 2: [], 3: ['current'] });
    const read = await h.ssm.send(new GetParameterCommand({ Name: '/app/p:current' }));
    expect(read.Parameter?.Version).toBe(3);
  });

  it('labels the latest version when ParameterVersion is omitted', async () => {
    const answer = await h.ssm.send(
      new LabelParameterVersionCommand({ Name: '/app/p', Labels: ['latest-one'] }),
    );

    expect(answer.ParameterVersion).toBe(3);
  });

  it('answers an unknown version with ParameterVersionNotFound', async () => {
    const error = await h.ssm
      .send(new LabelParameterVersionCommand({ Name: '/app/p', ParameterVersion: 9, Labels: ['x'] }))
      .catch((e) => e);

    expect(error.name).toBe('ParameterVersionNotFound');
    expect(error.message).toBe(
      'Systems Manager could not find version 9 of /app/p. Verify the version and try again.',
    );
  });

  it('answers an unknown parameter with ParameterNotFound', async () => {
    const error = await h.ssm
      .send(new LabelParameterVersionCommand({ Name: '/app/none', ParameterVersion: 1, Labels: ['x'] }))
      .catch((e) => e);

    expect(error.name).toBe('ParameterNotFound');
  });

  it('refuses more than 10 labels in one request with ValidationException', async () => {
    const labels = Array.from({ length: 11 }, (_, i) => `l${i}`);

    const error = await h.ssm
      .send(new LabelParameterVersionCommand({ Name: '/app/p', ParameterVersion: 1, Labels: labels }))
      .catch((e) => e);

    expect(error.name).toBe('ValidationException');
    expect(error.message).toBe(
      `1 validation error detected: Value '[${labels.join(', ')}]' at 'labels' failed to satisfy constraint: Member must have length less than or equal to 10`,
    );
  });
});

describe('UnlabelParameterVersion', () => {
  it('removes the labels attached to the version and reports the others as InvalidLabels', async () => {
    await h.ssm.send(
      new LabelParameterVersionCommand({ Name: '/app/p', ParameterVersion: 2, Labels: ['a', 'b'] }),
    );

    const answer = await h.ssm.send(
      new UnlabelParameterVersionCommand({ Name: '/app/p', ParameterVersion: 2, Labels: ['a', 'zzz'] }),
    );

    expect(answer.RemovedLabels).toEqual(['a']);
    expect(answer.InvalidLabels).toEqual(['zzz']);
    expect((await labelsByVersion())[2]).toEqual(['b']);
  });

  it('requires ParameterVersion', async () => {
    const error = await h.ssm
      .send(new UnlabelParameterVersionCommand({ Name: '/app/p', Labels: ['a'] } as never))
      .catch((e) => e);

    expect(error.name).toBe('ValidationException');
    expect(error.message).toBe(
      "1 validation error detected: Value null at 'parameterVersion' failed to satisfy constraint: Member must not be null",
    );
  });
});
