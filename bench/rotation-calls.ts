/**
 * Calls per rotation: the SSM, DynamoDB, SNS and Twilio calls of one full rotation of each
 * strategy (from an adopted parameter to the old value's retirement), counted by the
 * stand-ins themselves (a zero-latency fault on every action of each service counts the calls
 * it served, as test/integration/rotation/calls.test.ts does), with real SDK clients and the
 * shared clock. Run: `npx tsx bench/rotation-calls.ts`.
 */
import { randomBytes } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { CreateTopicCommand, SNSClient } from '@aws-sdk/client-sns';
import { SSMClient } from '@aws-sdk/client-ssm';
import { LocalClock } from '../local/core/clock.ts';
import { startLocal } from '../local/server.ts';
import { parseRawConfig } from '../shared/config/index.ts';
import { createOpsTable } from '../shared/ops-state/index.ts';
import { type OperatorPayload, type RotationDeps, runAction, tick } from '../shared/rotation/index.ts';
import { createTwilioClient } from '../shared/twilio/index.ts';

const SERVICES = ['ssm', 'dynamodb', 'sns', 'twilio'] as const;
type Counts = Record<(typeof SERVICES)[number], number>;
const KEY = 'arn:aws:kms:us-east-1:111122223333:key/0f6e2b5a-5b8e-4c1f-9d3e-7a1b2c3d4e5f';

/** Runs the three scenarios on fresh stand-ins and prints their call counts. */
export async function benchRotationCalls(): Promise<Record<string, Counts>> {
  const clock = new LocalClock('2026-03-01T10:00:00.000Z');
  const local = await startLocal({ clock });
  const options = {
    endpoint: local.url,
    region: local.world.region,
    credentials: { accessKeyId: 'AKIAIOSFODNN7EXAMPLE', secretAccessKey: 'bench' },
    maxAttempts: 3,
  };
  const ssm = new SSMClient(options);
  const dynamodb = new DynamoDBClient(options);
  const sns = new SNSClient(options);
  const control = async (method: string, path: string, body?: unknown) => {
    const res = await fetch(
      new URL(path, local.controlUrl),
      body === undefined ? { method } : { method, body: JSON.stringify(body) },
    );
    if (!res.ok) throw new Error(`control ${method} ${path}: ${res.status} ${await res.text()}`);
    return res.json() as Promise<Record<string, unknown>>;
  };
  try {
    await createOpsTable(dynamodb, 'bench-ops');
    const topicArn = (await sns.send(new CreateTopicCommand({ Name: 'bench-alerts' }))).TopicArn ?? '';
    const config = parseRawConfig({
      SRA_REGION: local.world.region,
      SRA_ACCOUNT: local.world.accountId,
      SRA_TABLE: 'bench-ops',
      SRA_TOPIC_ARN: topicArn,
      SRA_TWILIO_API_URL: local.url,
      SRA_TWILIO_ACCOUNTS_URL: local.url,
    });
    const twilio = await control('POST', 'twilio/account', {});
    const item = (id: string, value: string, labels: string[]) => ({
      name: config.layout.canonicalName(id),
      value,
      type: 'SecureString',
      keyId: KEY,
      labels,
    });
    await control('POST', 'ssm/parameters', [
      item('cloak-key', randomBytes(32).toString('base64'), ['current']),
      item('twilio-account-sid', String(twilio.accountSid), []),
      item('twilio-auth-token', String(twilio.primary), ['current']),
      item('twilio-verify-service-sid', `VA${randomBytes(16).toString('hex')}`, []),
    ]);
    const deps: RotationDeps = {
      config,
      ssm,
      ops: { client: dynamodb, tableName: 'bench-ops', clock },
      sns,
      twilio: createTwilioClient({
        apiBaseUrl: local.url,
        accountsBaseUrl: local.url,
        sleep: async () => {},
      }),
      clock,
      owner: 'bench',
    };
    const act = (payload: OperatorPayload) => runAction(deps, payload);
    const count = async (run: () => Promise<unknown>): Promise<Counts> => {
      for (const service of SERVICES) await control('POST', 'faults', { service, action: '*', latencyMs: 0 });
      await run();
      const { faults } = (await control('GET', 'faults')) as {
        faults: { service: string; matched: number }[];
      };
      await control('DELETE', 'faults');
      return Object.fromEntries(
        SERVICES.map((s) => [s, faults.find((f) => f.service === s)?.matched ?? 0]),
      ) as Counts;
    };
    await tick(deps);
    const results: Record<string, Counts> = {
      'cloak-key: rotate + retire --confirm': await count(async () => {
        await act({ action: 'rotate', secret: 'cloak-key' });
        await act({ action: 'retire', secret: 'cloak-key', confirm: true });
      }),
      'twilio-auth-token: rotate + retire after grace': await count(async () => {
        await act({ action: 'rotate', secret: 'twilio-auth-token' });
        clock.advance(config.rotation.gracePeriodMs);
        await act({ action: 'retire', secret: 'twilio-auth-token' });
      }),
      'tick with nothing to do': await count(() => tick(deps)),
    };
    console.log('calls per rotation, counted at the stand-ins');
    console.log(`  ${'scenario'.padEnd(48)} ${SERVICES.map((s) => s.padStart(8)).join(' ')}    total`);
    for (const [name, c] of Object.entries(results)) {
      const total = SERVICES.reduce((sum, s) => sum + c[s], 0);
      console.log(
        `  ${name.padEnd(48)} ${SERVICES.map((s) => String(c[s]).padStart(8)).join(' ')} ${String(total).padStart(8)}`,
      );
    }
    return results;
  } finally {
    for (const client of [ssm, dynamodb, sns]) client.destroy();
    await local.close();
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await benchRotationCalls();
