/** Case C-01 of ../shared/cases.md: the 100-version limit. */
import {
  GetParameterHistoryCommand,
  LabelParameterVersionCommand,
  PutParameterCommand,
  type SSMClient,
} from '@aws-sdk/client-ssm';
import { describe, expect, it } from 'vitest';
import { SSM_LIMITS } from '../../../local/ssm/constants.ts';
import { useLocalHarness } from '../helpers/local-clients.ts';

const h = useLocalHarness();

/** Seeds versions 1..count of `name` in one control call. */
async function writeVersions(name: string, count: number): Promise<void> {
  const versions = Array.from({ length: count }, (_, i) => ({ name, value: `v${i + 1}` }));
  const answer = await h.control('POST', 'ssm/parameters', versions);
  expect(answer.status).toBe(200);
}

async function historyVersions(ssm: SSMClient, name: string): Promise<number[]> {
  const versions: number[] = [];
  let token: string | undefined;
  do {
    const page = await ssm.send(new GetParameterHistoryCommand({ Name: name, NextToken: token }));
    versions.push(...(page.Parameters ?? []).map((p) => p.Version ?? 0));
    token = page.NextToken;
  } while (token);
  return versions;
}

describe('PutParameter at the 100-version limit (C-01)', () => {
  it('fails with ParameterMaxVersionLimitExceeded and creates nothing when version 1 carries a label', async () => {
    await writeVersions('/app/t', SSM_LIMITS.versionsKept);
    await h.ssm.send(
      new LabelParameterVersionCommand({ Name: '/app/t', ParameterVersion: 1, Labels: ['pinned'] }),
    );

    const error = await h.ssm
      .send(new PutParameterCommand({ Name: '/app/t', Value: 'v101', Type: 'String', Overwrite: true }))
      .catch((e) => e);

    expect(error.name).toBe('ParameterMaxVersionLimitExceeded');
    expect(error.message).toBe(
      'You attempted to create a new version of /app/t by calling the PutParameter API with the overwrite flag. ' +
        "Version 1, the oldest version, can't be deleted because it has a label associated with it. " +
        'Move the label to another version of the parameter, and try again.',
    );
    const versions = await historyVersions(h.ssm, '/app/t');
    expect(versions).toHaveLength(100);
    expect(versions.at(0)).toBe(1);
    expect(versions.at(-1)).toBe(100);
  });

  it('drops version 1 silently without a label: version 101 exists and history holds 2..101', async () => {
    await writeVersions('/app/t', SSM_LIMITS.versionsKept);

    const answer = await h.ssm.send(
      new PutParameterCommand({ Name: '/app/t', Value: 'v101', Type: 'String', Overwrite: true }),
    );

    expect(answer.Version).toBe(101);
    expect(await historyVersions(h.ssm, '/app/t')).toEqual(Array.from({ length: 100 }, (_, i) => i + 2));
  });

  it('only looks at the oldest version: a label on version 2 does not block version 101', async () => {
    await writeVersions('/app/t', SSM_LIMITS.versionsKept);
    await h.ssm.send(
      new LabelParameterVersionCommand({ Name: '/app/t', ParameterVersion: 2, Labels: ['previous'] }),
    );

    const answer = await h.ssm.send(
      new PutParameterCommand({ Name: '/app/t', Value: 'v101', Type: 'String', Overwrite: true }),
    );

    expect(answer.Version).toBe(101);
  });
});
