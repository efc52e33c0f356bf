/**
 * `sra doctor`'s checks against the stand-ins: a healthy deployment, a missing parameter, an
 * application grant that covers the ops namespace, the checks the stand-ins cannot answer,
 * and no secret value in the report.
 */
import { randomBytes } from 'node:crypto';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { CreateTopicCommand, SNSClient } from '@aws-sdk/client-sns';
import { DeleteParameterCommand } from '@aws-sdk/client-ssm';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { type DoctorReport, runDoctor } from '../../../cli/doctor/run.ts';
import { parseRawConfig } from '../../../shared/config/index.ts';
import { createOpsTable } from '../../../shared/ops-state/index.ts';
import { createTwilioClient } from '../../../shared/twilio/index.ts';
import { createSecretScan } from '../../helpers/secret-scan.ts';
import {
  awsClientConfig,
  LOCAL_ACCOUNT,
  LOCAL_REGION,
  type LocalHarness,
  startLocalHarness,
} from '../helpers/local-clients.ts';

const KEY = 'arn:aws:kms:us-east-1:111122223333:key/0f6e2b5a-5b8e-4c1f-9d3e-7a1b2c3d4e5f';
const GRANT = 'arn:aws:ssm:us-east-1:111122223333:parameter/qlarius/*';
let h: LocalHarness;
let dynamodb: DynamoDBClient;
let sns: SNSClient;
let token = '';

beforeAll(async () => {
  h = await startLocalHarness();
  dynamodb = new DynamoDBClient(awsClientConfig(h.local));
  sns = new SNSClient(awsClientConfig(h.local));
});
afterAll(async () => {
  dynamodb.destroy();
  sns.destroy();
  await h.close();
});
beforeEach(async () => {
  await h.reset();
  await createOpsTable(dynamodb, 'ops');
  await sns.send(new CreateTopicCommand({ Name: 'alerts' }));
  const account = (await h.control('POST', 'twilio/account', {})).body as {
    accountSid: string;
    primary: string;
  };
  token = account.primary;
  const p = (name: string, value: string) => ({ name, value, type: 'SecureString', keyId: KEY });
  await h.control('POST', 'ssm/parameters', [
    p('/qlarius/cloak-key', randomBytes(32).toString('base64')),
    p('/qlarius/twilio/account-sid', account.accountSid),
    p('/qlarius/twilio/auth-token', token),
    p('/qlarius/twilio/verify-service-sid', 'VA0123456789abcdef0123456789abcdef'),
  ]);
});

async function doctor(appGrant = GRANT): Promise<DoctorReport> {
  const config = parseRawConfig({
    SRA_REGION: LOCAL_REGION,
    SRA_ACCOUNT: LOCAL_ACCOUNT,
    SRA_TABLE: 'ops',
    SRA_TOPIC_ARN: 'arn:aws:sns:us-east-1:111122223333:alerts',
  });
  return runDoctor({
    config,
    ssm: h.ssm,
    dynamodb,
    sns,
    cloudTrail: h.cloudTrail,
    twilio: createTwilioClient({ apiBaseUrl: h.local.url, accountsBaseUrl: h.local.url }),
    clock: h.clock,
    appGrant,
  });
}

const statusOf = (report: DoctorReport) => Object.fromEntries(report.checks.map((c) => [c.check, c.status]));

describe('runDoctor', () => {
  it('passes a healthy deployment, warning only that nobody is subscribed', async () => {
    const report = await doctor();

    expect(report.ok).toBe(true);
    expect(statusOf(report)).toEqual({
      'parameter cloak-key': 'ok',
      'parameter twilio-account-sid': 'ok',
      'parameter twilio-auth-token': 'ok',
      'parameter twilio-verify-service-sid': 'ok',
      'app-grant': 'ok',
      'twilio twilio-auth-token': 'ok',
      table: 'ok',
      topic: 'warn',
      trail: 'skipped',
      'eventbridge-rule': 'skipped',
      iam: 'skipped',
    });
  });

  it('fails a missing parameter with the command that creates it', async () => {
    await h.ssm.send(new DeleteParameterCommand({ Name: '/qlarius/cloak-key' }));

    const report = await doctor();

    expect(report.ok).toBe(false);
    expect(report.checks[0]).toMatchObject({
      check: 'parameter cloak-key',
      status: 'fail',
      reason: '/qlarius/cloak-key does not exist',
    });
    expect(report.checks[0]?.remedy).toContain(
      'aws ssm put-parameter --name /qlarius/cloak-key --type SecureString',
    );
  });

  it('fails an application grant that also covers the pending values', async () => {
    const report = await doctor('arn:aws:ssm:*:*:parameter/qlarius*');

    expect(report.checks.find((c) => c.check === 'app-grant')).toMatchObject({
      status: 'fail',
      reason:
        'arn:aws:ssm:*:*:parameter/qlarius* also covers the pending values of cloak-key, twilio-auth-token (/qlarius-rotation)',
    });
  });

  it('never puts the Twilio token in its report', async () => {
    const report = await doctor();
    const scan = createSecretScan([token]);

    scan.add('report', report);

    scan.assertClean();
  });
});
