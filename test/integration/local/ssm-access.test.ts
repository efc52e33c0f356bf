/** Who is calling: identities seeded through the control API and their allow lists. */
import { LookupEventsCommand } from '@aws-sdk/client-cloudtrail';
import {
  DescribeParametersCommand,
  GetParameterCommand,
  GetParametersByPathCommand,
  GetParametersCommand,
  PutParameterCommand,
} from '@aws-sdk/client-ssm';
import { beforeEach, describe, expect, it } from 'vitest';
import { useLocalHarness } from '../helpers/local-clients.ts';

const APP_KEY = 'ASIAAPPKEY0000000001';
const APP_ROLE = 'arn:aws:iam::111122223333:role/QlariusSecretsRole';
const APP_ARN = 'arn:aws:sts::111122223333:assumed-role/QlariusSecretsRole/botocore-session-1';

const h = useLocalHarness();
beforeEach(async () => {
  await h.control('POST', 'ssm/parameters', [
    { name: '/qlarius/cloak-key', value: 'ck', type: 'SecureString' },
    { name: '/qlarius-rotation/cloak-key/pending', value: 'next', type: 'SecureString' },
  ]);
  await h.control('POST', 'identities', {
    type: 'AssumedRole',
    accessKeyId: APP_KEY,
    roleArn: APP_ROLE,
    sessionName: 'botocore-session-1',
    allow: [
      {
        actions: ['ssm:GetParameter*'],
        resources: ['arn:aws:ssm:us-east-1:111122223333:parameter/qlarius/*'],
      },
    ],
  });
});

describe('access by identity', () => {
  it('lets an identity read what its allow list covers', async () => {
    const app = h.ssmAs({ accessKeyId: APP_KEY });

    const read = await app.send(new GetParameterCommand({ Name: '/qlarius/cloak-key' }));

    expect(read.Parameter?.Name).toBe('/qlarius/cloak-key');
  });

  it('denies a parameter outside the allow list with AccessDeniedException and IAM message', async () => {
    const app = h.ssmAs({ accessKeyId: APP_KEY });

    const error = await app
      .send(new GetParameterCommand({ Name: '/qlarius-rotation/cloak-key/pending', WithDecryption: true }))
      .catch((e) => e);

    expect(error.name).toBe('AccessDeniedException');
    expect(error.message).toBe(
      `User: ${APP_ARN} is not authorized to perform: ssm:GetParameter on resource: ` +
        'arn:aws:ssm:us-east-1:111122223333:parameter/qlarius-rotation/cloak-key/pending ' +
        'because no identity-based policy allows the ssm:GetParameter action',
    );
  });

  it('denies an action outside the allow list', async () => {
    const app = h.ssmAs({ accessKeyId: APP_KEY });

    const error = await app
      .send(new PutParameterCommand({ Name: '/qlarius/cloak-key', Value: 'x', Overwrite: true }))
      .catch((e) => e);

    expect(error.name).toBe('AccessDeniedException');
    expect(error.message).toContain(
      'ssm:PutParameter on resource: arn:aws:ssm:us-east-1:111122223333:parameter/qlarius/cloak-key',
    );
  });

  it('denies GetParameters when one of the names is not allowed, naming that one', async () => {
    const app = h.ssmAs({ accessKeyId: APP_KEY });

    const error = await app
      .send(
        new GetParametersCommand({ Names: ['/qlarius/cloak-key', '/qlarius-rotation/cloak-key/pending'] }),
      )
      .catch((e) => e);

    expect(error.name).toBe('AccessDeniedException');
    expect(error.message).toContain(
      'on resource: arn:aws:ssm:us-east-1:111122223333:parameter/qlarius-rotation/cloak-key/pending',
    );
  });

  it('checks GetParametersByPath against the path ARN', async () => {
    const app = h.ssmAs({ accessKeyId: APP_KEY });

    const error = await app
      .send(new GetParametersByPathCommand({ Path: '/', Recursive: true }))
      .catch((e) => e);

    expect(error.message).toBe(
      `User: ${APP_ARN} is not authorized to perform: ssm:GetParametersByPath on resource: ` +
        'arn:aws:ssm:us-east-1:111122223333:parameter/ because no identity-based policy allows the ssm:GetParametersByPath action',
    );
  });

  it('checks DescribeParameters against the account-wide resource', async () => {
    const app = h.ssmAs({ accessKeyId: APP_KEY });

    const error = await app.send(new DescribeParametersCommand({})).catch((e) => e);

    expect(error.message).toContain(
      'ssm:DescribeParameters on resource: arn:aws:ssm:us-east-1:111122223333:*',
    );
  });

  it('denies cloudtrail:LookupEvents without naming a resource', async () => {
    const trail = h.cloudTrailAs({ accessKeyId: APP_KEY });

    const error = await trail.send(new LookupEventsCommand({})).catch((e) => e);

    expect(error.name).toBe('AccessDeniedException');
    expect(error.message).toBe(
      `User: ${APP_ARN} is not authorized to perform: cloudtrail:LookupEvents because no identity-based policy allows the cloudtrail:LookupEvents action`,
    );
  });

  it('never denies the root user, whatever its allow list', async () => {
    await h.control('POST', 'identities', { type: 'Root', accessKeyId: 'AKIAROOTKEY000000001', allow: [] });
    const root = h.ssmAs({ accessKeyId: 'AKIAROOTKEY000000001' });

    const read = await root.send(new GetParameterCommand({ Name: '/qlarius-rotation/cloak-key/pending' }));

    expect(read.Parameter?.Version).toBe(1);
  });

  it('treats an unknown access key as the default identity, allowed everything', async () => {
    const stranger = h.ssmAs({ accessKeyId: 'AKIANOBODYSEEDED0001' });

    const read = await stranger.send(
      new GetParameterCommand({ Name: '/qlarius-rotation/cloak-key/pending' }),
    );

    expect(read.Parameter?.Version).toBe(1);
  });
});
