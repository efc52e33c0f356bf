/**
 * The demo's world: the stand-ins started in-process on a free loopback port with the
 * demo's clock (the product is handed the same clock object), real SDK clients per actor,
 * the ops table, the alert topic, and the configuration the functions would get.
 */
import { CloudTrailClient } from '@aws-sdk/client-cloudtrail';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { CreateTopicCommand, SNSClient } from '@aws-sdk/client-sns';
import { SSMClient } from '@aws-sdk/client-ssm';
import { LocalClock } from '../../local/core/clock.ts';
import { type LocalServer, startLocal } from '../../local/server.ts';
import { type Config, parseRawConfig } from '../../shared/config/index.ts';
import { createOpsTable } from '../../shared/ops-state/index.ts';
import {
  ACTORS,
  type ActorName,
  DEMO_AUDIT_POLICY,
  DEMO_START,
  DEMO_TABLE,
  DEMO_TOPIC,
} from './constants.ts';

export interface ActorClients {
  readonly ssm: SSMClient;
  readonly dynamodb: DynamoDBClient;
  readonly sns: SNSClient;
  readonly cloudTrail: CloudTrailClient;
}

export interface DemoWorld {
  readonly local: LocalServer;
  readonly clock: LocalClock;
  readonly config: Config;
  readonly topicArn: string;
  /** The SDK clients of one actor (made once, destroyed by `close`). */
  as(actor: ActorName): ActorClients;
  /** A control API call; throws when it is not answered 200. */
  control(method: string, path: string, body?: unknown): Promise<unknown>;
  /** Destroys every client and closes the stand-ins. Never throws. */
  close(): Promise<void>;
}

/** Starts the world. Throws when the stand-ins cannot start or the table or topic cannot be made. */
export async function startDemoWorld(): Promise<DemoWorld> {
  const clock = new LocalClock(DEMO_START);
  const local = await startLocal({ port: 0, clock, deliveryDelayMs: 0 });
  const made = new Map<ActorName, ActorClients>();
  const as = (actor: ActorName): ActorClients => {
    const known = made.get(actor);
    if (known) return known;
    const options = {
      endpoint: local.url,
      region: local.world.region,
      credentials: { accessKeyId: ACTORS[actor].accessKeyId, secretAccessKey: 'demo-not-checked' },
      maxAttempts: 3,
    };
    const clients = {
      ssm: new SSMClient(options),
      dynamodb: new DynamoDBClient(options),
      sns: new SNSClient(options),
      cloudTrail: new CloudTrailClient(options),
    };
    made.set(actor, clients);
    return clients;
  };
  const control = async (method: string, path: string, body?: unknown): Promise<unknown> => {
    const init: RequestInit = body === undefined ? { method } : { method, body: JSON.stringify(body) };
    const res = await fetch(new URL(path, local.controlUrl), init);
    const text = await res.text();
    if (res.status !== 200) throw new Error(`stand-ins refused ${method} ${path}: ${text}`);
    return text === '' ? undefined : JSON.parse(text);
  };
  const close = async () => {
    for (const clients of made.values()) for (const client of Object.values(clients)) client.destroy();
    made.clear();
    await local.close();
  };
  try {
    const tool = as('tool');
    await createOpsTable(tool.dynamodb, DEMO_TABLE);
    const topic = await tool.sns.send(new CreateTopicCommand({ Name: DEMO_TOPIC }));
    const topicArn = topic.TopicArn ?? '';
    const config = parseRawConfig({
      SRA_REGION: local.world.region,
      SRA_ACCOUNT: local.world.accountId,
      SRA_TABLE: DEMO_TABLE,
      SRA_TOPIC_ARN: topicArn,
      SRA_AUDIT_POLICY: JSON.stringify(DEMO_AUDIT_POLICY),
      SRA_TWILIO_API_URL: local.url,
      SRA_TWILIO_ACCOUNTS_URL: local.url,
    });
    return { local, clock, config, topicArn, as, control, close };
  } catch (error) {
    await close();
    throw error;
  }
}
