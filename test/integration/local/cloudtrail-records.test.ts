/** Every SSM call the stand-in serves becomes a CloudTrail record of the real shape (see ../shared/corpus). */
import { readFileSync } from 'node:fs';
import {
  GetParameterCommand,
  GetParametersByPathCommand,
  GetParametersCommand,
  PutParameterCommand,
} from '@aws-sdk/client-ssm';
import { beforeEach, describe, expect, it } from 'vitest';
import { HIDDEN_VALUE } from '../../../local/ssm/constants.ts';
import { useLocalHarness } from '../helpers/local-clients.ts';

// biome-ignore lint/suspicious/noExplicitAny: records are JSON documents compared field by field
type Json = any;

function corpus(file: string): Json {
  return JSON.parse(
    readFileSync(new URL(`../../../../shared/corpus/cloudtrail/${file}`, import.meta.url), 'utf8'),
  );
}

function keysDeep(value: Json): Json {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return typeof value;
  return Object.fromEntries(
    Object.keys(value)
      .sort()
      .map((key) => [key, keysDeep(value[key])]),
  );
}

const VPC_KEY = 'AKIAVPCUSER000000001';
const IRSA_KEY = 'ASIAIRSAPOD000000001';
const OIDC =
  'arn:aws:iam::111122223333:oidc-provider/oidc.eks.us-east-1.amazonaws.com/id/EXAMPLEFA1C58F08CDB049167EXAMPLE';

const h = useLocalHarness();
beforeEach(async () => {
  await h.control('POST', 'ssm/parameters', {
    name: '/DEV/db1/username',
    value: 'admin',
    type: 'SecureString',
  });
  await h.control('POST', 'identities', [
    {
      type: 'IAMUser',
      accessKeyId: VPC_KEY,
      userName: 'deploy-user',
      sourceIp: '10.0.0.46',
      userAgent: 'aws-cli/1.18.147 Python/2.7.18',
      vpcEndpointId: 'vpce-0123456789abcdef0',
      allow: ['ssm:GetParameter'],
    },
    {
      type: 'AssumedRole',
      accessKeyId: IRSA_KEY,
      roleArn: 'arn:aws:iam::111122223333:role/QlariusSecretsRole',
      sessionName: 'botocore-session-1111111111',
      webIdentityProvider: OIDC,
    },
  ]);
});

async function records(): Promise<Json[]> {
  const answer = await h.control('GET', 'cloudtrail/records');
  return answer.body.records.map((entry: Json) => entry.record);
}

async function lastRecord(): Promise<Json> {
  return (await records()).at(-1);
}

describe('CloudTrail records of SSM calls', () => {
  it('records a successful GetParameter with the fields and field order of a real record (sample 12)', async () => {
    const answer = await h
      .ssmAs({ accessKeyId: VPC_KEY })
      .send(new GetParameterCommand({ Name: '/DEV/db1/username' }));

    const record = await lastRecord();
    const sample = corpus('12-getparameter-vpc-endpoint-private-ip.json');
    expect(Object.keys(record)).toEqual(Object.keys(sample));
    expect(keysDeep(record)).toEqual(keysDeep(sample));
    expect(record).toMatchObject({
      eventTime: '2026-03-01T10:00:00Z',
      eventSource: 'ssm.amazonaws.com',
      eventName: 'GetParameter',
      awsRegion: 'us-east-1',
      sourceIPAddress: '10.0.0.46',
      userAgent: 'aws-cli/1.18.147 Python/2.7.18',
      requestParameters: { name: '/DEV/db1/username' },
      responseElements: null,
      requestID: answer.$metadata.requestId,
      readOnly: true,
      resources: [
        { accountId: '111122223333', ARN: 'arn:aws:ssm:us-east-1:111122223333:parameter/DEV/db1/username' },
      ],
      eventType: 'AwsApiCall',
      managementEvent: true,
      recipientAccountId: '111122223333',
      vpcEndpointId: 'vpce-0123456789abcdef0',
      eventCategory: 'Management',
    });
    expect(record.userIdentity).toEqual({
      type: 'IAMUser',
      principalId: expect.stringMatching(/^AIDA[A-Z2-7]{17}$/),
      arn: 'arn:aws:iam::111122223333:user/deploy-user',
      accountId: '111122223333',
      accessKeyId: VPC_KEY,
      userName: 'deploy-user',
    });
  });

  it('leaves withDecryption out when not sent and records it when sent', async () => {
    await h.ssm.send(new GetParameterCommand({ Name: '/DEV/db1/username' }));
    await h.ssm.send(new GetParameterCommand({ Name: '/DEV/db1/username', WithDecryption: true }));

    const [plain, withDecryption] = (await records()).map((record) => record.requestParameters);
    expect(plain).toEqual({ name: '/DEV/db1/username' });
    expect(withDecryption).toEqual({ name: '/DEV/db1/username', withDecryption: true });
  });

  it('records a denial as AccessDenied with requestParameters null and the ARN in errorMessage (sample 11)', async () => {
    await h
      .ssmAs({ accessKeyId: VPC_KEY })
      .send(new GetParametersCommand({ Names: ['/DEV/db1/username'] }))
      .catch(() => undefined);

    const record = await lastRecord();
    const withoutEndpoint = Object.keys(record).filter((key) => key !== 'vpcEndpointId');
    expect(withoutEndpoint).toEqual(Object.keys(corpus('11-getparameter-accessdenied-null-params.json')));
    expect(record).toMatchObject({
      eventName: 'GetParameters',
      errorCode: 'AccessDenied',
      errorMessage:
        'User: arn:aws:iam::111122223333:user/deploy-user is not authorized to perform: ssm:GetParameters on resource: ' +
        'arn:aws:ssm:us-east-1:111122223333:parameter/DEV/db1/username because no identity-based policy allows the ssm:GetParameters action',
      requestParameters: null,
      responseElements: null,
    });
    expect(record).not.toHaveProperty('resources');
  });

  it('records an IRSA pod as AssumedRole with sessionIssuer and webIdFederationData (sample 21)', async () => {
    await h
      .ssmAs({ accessKeyId: IRSA_KEY })
      .send(new GetParameterCommand({ Name: '/DEV/db1/username', WithDecryption: true }));

    const { userIdentity } = await lastRecord();
    expect(keysDeep(userIdentity)).toEqual(
      keysDeep(corpus('21-irsa-webidentity-identity-shape-NON-SSM.json').userIdentity),
    );
    expect(userIdentity).toMatchObject({
      type: 'AssumedRole',
      arn: 'arn:aws:sts::111122223333:assumed-role/QlariusSecretsRole/botocore-session-1111111111',
      accessKeyId: IRSA_KEY,
      sessionContext: {
        sessionIssuer: {
          type: 'Role',
          arn: 'arn:aws:iam::111122223333:role/QlariusSecretsRole',
          accountId: '111122223333',
          userName: 'QlariusSecretsRole',
        },
        webIdFederationData: { federatedProvider: OIDC, attributes: {} },
      },
    });
    expect(userIdentity.principalId).toBe(
      `${userIdentity.sessionContext.sessionIssuer.principalId}:botocore-session-1111111111`,
    );
  });

  it('records a root call with the Root identity', async () => {
    await h.control('POST', 'identities', { type: 'Root', accessKeyId: 'AKIAROOTKEY000000001' });
    await h
      .ssmAs({ accessKeyId: 'AKIAROOTKEY000000001' })
      .send(new GetParameterCommand({ Name: '/DEV/db1/username' }));

    expect((await lastRecord()).userIdentity).toEqual({
      type: 'Root',
      principalId: '111122223333',
      arn: 'arn:aws:iam::111122223333:root',
      accountId: '111122223333',
      accessKeyId: 'AKIAROOTKEY000000001',
    });
  });

  it('records PutParameter as a write with the value hidden and version and tier in responseElements', async () => {
    await h.ssm.send(
      new PutParameterCommand({
        Name: '/DEV/db1/username',
        Value: 'new-secret',
        Overwrite: true,
        KeyId: 'alias/dev',
      }),
    );

    const record = await lastRecord();
    expect(record).toMatchObject({
      eventName: 'PutParameter',
      readOnly: false,
      requestParameters: {
        name: '/DEV/db1/username',
        value: HIDDEN_VALUE,
        overwrite: true,
        keyId: 'alias/dev',
      },
      responseElements: { version: 2, tier: 'Standard' },
    });
    expect(JSON.stringify(record)).not.toContain('new-secret');
  });

  it('records GetParameters with one resource per name', async () => {
    await h.ssm.send(new GetParametersCommand({ Names: ['/DEV/db1/username', 'other'] }));

    expect((await lastRecord()).resources).toEqual([
      { accountId: '111122223333', ARN: 'arn:aws:ssm:us-east-1:111122223333:parameter/DEV/db1/username' },
      { accountId: '111122223333', ARN: 'arn:aws:ssm:us-east-1:111122223333:parameter/other' },
    ]);
  });

  it('records GetParametersByPath with path and recursive and no resources', async () => {
    await h.ssm.send(new GetParametersByPathCommand({ Path: '/DEV', Recursive: true }));

    const record = await lastRecord();
    expect(record.requestParameters).toEqual({ path: '/DEV', recursive: true });
    expect(record).not.toHaveProperty('resources');
  });

  it('records an API error with its code and no errorMessage when AWS sends none', async () => {
    await h.ssm.send(new GetParameterCommand({ Name: '/DEV/none' })).catch(() => undefined);

    const record = await lastRecord();
    expect(record).toMatchObject({ errorCode: 'ParameterNotFound', requestParameters: null });
    expect(record).not.toHaveProperty('errorMessage');
  });

  it('records an injected ThrottlingException as CloudTrail does (sample 08)', async () => {
    await h.control('POST', 'faults', {
      service: 'ssm',
      action: 'GetParameter',
      error: { code: 'ThrottlingException' },
    });
    await h.ssm.send(new GetParameterCommand({ Name: '/DEV/db1/username' })).catch(() => undefined);

    expect(await lastRecord()).toMatchObject({
      eventName: 'GetParameter',
      errorCode: 'ThrottlingException',
      errorMessage: 'Rate exceeded',
      requestParameters: null,
    });
  });

  it('uses the socket address and the SDK user agent for an identity without its own', async () => {
    await h.ssm.send(new GetParameterCommand({ Name: '/DEV/db1/username' }));

    const record = await lastRecord();
    expect(record.sourceIPAddress).toBe('127.0.0.1');
    expect(record.userAgent).toMatch(/aws-sdk-js/);
  });
});
