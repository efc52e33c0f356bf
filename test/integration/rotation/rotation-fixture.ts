/**
 * The rotation integration fixture: one local server per file (a fresh world, ops table,
 * topic and Twilio account per test), the product's real SDK clients (3 attempts, as
 * deployed), the Twilio client (no real waits), a logger whose lines are captured, the
 * origin document's four parameters made by hand, and after each test a secret scan of
 * everything the product wrote (logs, results, SNS messages, CloudTrail records, Twilio
 * call log) for every value the test saw (seeded, generated, rotated).
 */
import { randomBytes } from 'node:crypto';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { CreateTopicCommand, SNSClient } from '@aws-sdk/client-sns';
import { GetParameterHistoryCommand, PutParameterCommand, SSMClient } from '@aws-sdk/client-ssm';
import { afterAll, afterEach, beforeAll, beforeEach } from 'vitest';
import type { LocalClock } from '../../../local/core/clock.ts';
import { type Config, parseRawConfig, type RawConfig } from '../../../shared/config/index.ts';
import { createLogger, SecretRegistry } from '../../../shared/logging/index.ts';
import {
  createOpsTable,
  getState,
  type OpsTable,
  readLock,
  rotationLockKey,
} from '../../../shared/ops-state/index.ts';
import {
  type ActionOptions,
  type ActionResult,
  type OperatorPayload,
  type RotationDeps,
  runAction,
  type TickResult,
  tick,
} from '../../../shared/rotation/index.ts';
import { createTwilioClient, type FetchLike, type TwilioClient } from '../../../shared/twilio/index.ts';
import { createSecretScan, type SecretScan } from '../../helpers/secret-scan.ts';
import type { OutboxMessage } from '../alerts/alerts-fixture.ts';
import {
  awsClientConfig,
  LOCAL_ACCOUNT,
  LOCAL_REGION,
  type LocalHarness,
  startLocalHarness,
} from '../helpers/local-clients.ts';
import { captureProductLogs, type LogCapture, PRODUCT_SERVICE } from './log-capture.ts';

/** A customer managed key: every version the tool writes must keep it. */
export const KEY_ID = 'arn:aws:kms:us-east-1:111122223333:key/0f6e2b5a-5b8e-4c1f-9d3e-7a1b2c3d4e5f';

/** The origin document's names, written out (never computed with the product's layout). */
export const NAMES = {
  cloak: '/qlarius/cloak-key',
  sid: '/qlarius/twilio/account-sid',
  token: '/qlarius/twilio/auth-token',
  verify: '/qlarius/twilio/verify-service-sid',
  cloakPending: '/qlarius-rotation/cloak-key/pending',
  tokenPending: '/qlarius-rotation/twilio-auth-token/pending',
} as const;

export const LEASE_MS = 20 * 60_000;
export const GRACE_MS = 24 * 60 * 60_000;

export interface Seeded {
  cloakKey: string;
  accountSid: string;
  authToken: string;
  verifySid: string;
}

export interface VersionRow {
  version: number;
  labels: string[];
  keyId: string | undefined;
  value: string;
}

export interface RotationFixture {
  h: LocalHarness;
  clock: LocalClock;
  config: Config;
  table: OpsTable;
  topicArn: string;
  ssm: SSMClient;
  dynamodb: DynamoDBClient;
  sns: SNSClient;
  twilio: TwilioClient;
  logs: LogCapture;
  scan: SecretScan;
  /** Rebuilds the configuration with extra keys (e.g. a schedule). */
  configure(extra: RawConfig): void;
  /** The product's dependencies; `overrides` replace clients (e.g. crash-switched ones). */
  deps(overrides?: Partial<RotationDeps>): RotationDeps;
  /** A Twilio client over `fetch` (e.g. a crash-switched one). */
  twilioWith(fetch: FetchLike): TwilioClient;
  /** The four parameters as the origin document makes them: by hand, SecureString, no labels. */
  seedOrigin(): Promise<Seeded>;
  /** The same four parameters as already adopted (`current` on version 1), seeded in one control call. */
  seedAdopted(): Promise<Seeded>;
  /** Writes one more version by hand (drift). */
  putByHand(name: string, value: string): Promise<number>;
  history(name: string): Promise<VersionRow[]>;
  tokens(): Promise<{ accountSid: string; primary: string; secondary: string | null }>;
  outbox(): Promise<OutboxMessage[]>;
  /** The `kind` attribute of every published message, in order. */
  alertKinds(): Promise<string[]>;
  fault(spec: Record<string, unknown>): Promise<void>;
  clearFaults(): Promise<void>;
  state(secretId: string): Promise<Record<string, unknown> | undefined>;
  lockHeld(secretId: string): Promise<boolean>;
  /** Adds a result (or anything the product answered) to the secret scan. */
  keep(where: string, value: unknown): void;
  /** Runs an operator action (kept for the scan). */
  act(payload: OperatorPayload, deps?: RotationDeps, options?: ActionOptions): Promise<ActionResult>;
  /** Runs the tick (kept for the scan). */
  tick(deps?: RotationDeps): Promise<TickResult>;
}

const noWait = async () => {};

/** The hooks' work, for a fixture driven by hand. */
export interface ManualFixture {
  open(): Promise<void>;
  resetWorld(): Promise<void>;
  /** Adds this test's values and outputs to its secret scan and asserts it clean. */
  collect(): Promise<void>;
  /** Closes everything. */
  close(): Promise<void>;
}

/** Registers the hooks of one test file: a server for the file, a fresh world and a scan per test. */
export function useRotationFixture(base: RawConfig = {}): RotationFixture {
  const fx = createRotationFixture(base);
  beforeAll(() => fx.open());
  beforeEach(() => fx.resetWorld());
  afterEach(() => fx.collect());
  afterAll(() => fx.close());
  return fx;
}

/** The fixture without hooks (e.g. to record a flow while a test file is collected). */
export function createRotationFixture(base: RawConfig = {}): RotationFixture & ManualFixture {
  const fx = {} as RotationFixture & ManualFixture;
  let extra: RawConfig = {};
  const secrets = new SecretRegistry();
  fx.open = async () => {
    fx.h = await startLocalHarness();
    fx.clock = fx.h.clock;
    const config = awsClientConfig(fx.h.local, { maxAttempts: 3 });
    fx.ssm = new SSMClient(config);
    fx.dynamodb = new DynamoDBClient(config);
    fx.sns = new SNSClient(config);
    fx.twilio = createTwilioClient({
      apiBaseUrl: fx.h.local.url,
      accountsBaseUrl: fx.h.local.url,
      sleep: noWait,
    });
    fx.logs = captureProductLogs();
  };
  let firstLine = 0;
  fx.resetWorld = async () => {
    await fx.h.reset();
    secrets.clear();
    // One scan per test: its values are random, so only its own outputs can carry them.
    fx.scan = createSecretScan();
    firstLine = fx.logs.lines.length;
    extra = {};
    const tableName = `ops-${randomBytes(4).toString('hex')}`;
    await createOpsTable(fx.dynamodb, tableName);
    fx.table = { client: fx.dynamodb, tableName, clock: fx.clock };
    fx.topicArn = (await fx.sns.send(new CreateTopicCommand({ Name: 'secret-alerts' }))).TopicArn ?? '';
    fx.configure({});
  };
  fx.collect = async () => {
    await fx.clearFaults();
    // The account and Verify SIDs identify; they are not credentials (the SID is in every Twilio URL).
    for (const name of [NAMES.cloak, NAMES.token, NAMES.cloakPending, NAMES.tokenPending]) {
      for (const row of await fx.history(name)) fx.scan.addSecrets(row.value);
    }
    const tokens = await fx.tokens();
    fx.scan.addSecrets(tokens.primary, tokens.secondary ?? '');
    await fx.scan.addLocalOutputs(fx.h.local.controlUrl);
    for (const line of fx.logs.lines.slice(firstLine)) fx.scan.add('product log', line);
    fx.scan.assertClean();
  };
  fx.close = async () => {
    fx.logs.stop();
    for (const client of [fx.ssm, fx.dynamodb, fx.sns]) client.destroy();
    await fx.h.close();
  };

  fx.configure = (more) => {
    extra = { ...extra, ...more };
    fx.config = parseRawConfig({
      SRA_REGION: LOCAL_REGION,
      SRA_ACCOUNT: LOCAL_ACCOUNT,
      SRA_TABLE: fx.table.tableName,
      SRA_TOPIC_ARN: fx.topicArn,
      SRA_TWILIO_API_URL: fx.h.local.url,
      SRA_TWILIO_ACCOUNTS_URL: fx.h.local.url,
      ...base,
      ...extra,
    });
  };
  let logger: ReturnType<typeof createLogger> | undefined;
  fx.deps = (overrides = {}) => {
    logger ??= createLogger({ serviceName: PRODUCT_SERVICE, secrets, logLevel: 'DEBUG' });
    return {
      config: fx.config,
      ssm: fx.ssm,
      ops: { ...fx.table, logger },
      sns: fx.sns,
      twilio: fx.twilio,
      clock: fx.clock,
      logger,
      secrets,
      owner: 'test',
      ...overrides,
    };
  };
  fx.twilioWith = (fetch) =>
    createTwilioClient({ apiBaseUrl: fx.h.local.url, accountsBaseUrl: fx.h.local.url, sleep: noWait, fetch });
  const newSeed = (): Seeded => ({
    cloakKey: randomBytes(32).toString('base64'),
    accountSid: `AC${randomBytes(16).toString('hex')}`,
    authToken: randomBytes(16).toString('hex'),
    verifySid: `VA${randomBytes(16).toString('hex')}`,
  });
  const seedTwilio = async (seeded: Seeded) => {
    const body = { sid: seeded.accountSid, authToken: seeded.authToken };
    const answer = await fx.h.control('POST', 'twilio/account', body);
    if (answer.status !== 200) throw new Error(`twilio seed failed: ${JSON.stringify(answer.body)}`);
  };
  fx.seedOrigin = async () => {
    const seeded = newSeed();
    fx.scan.addSecrets(seeded.cloakKey, seeded.authToken);
    await seedTwilio(seeded);
    const put = (Name: string, Value: string) =>
      fx.h.ssm.send(new PutParameterCommand({ Name, Value, Type: 'SecureString', KeyId: KEY_ID }));
    await put(NAMES.cloak, seeded.cloakKey);
    await put(NAMES.sid, seeded.accountSid);
    await put(NAMES.token, seeded.authToken);
    await put(NAMES.verify, seeded.verifySid);
    return seeded;
  };
  fx.seedAdopted = async () => {
    const seeded = newSeed();
    fx.scan.addSecrets(seeded.cloakKey, seeded.authToken);
    await seedTwilio(seeded);
    const item = (name: string, value: string, labels: string[] = []) => ({
      name,
      value,
      type: 'SecureString',
      keyId: KEY_ID,
      labels,
    });
    const answer = await fx.h.control('POST', 'ssm/parameters', [
      item(NAMES.cloak, seeded.cloakKey, ['current']),
      item(NAMES.sid, seeded.accountSid),
      item(NAMES.token, seeded.authToken, ['current']),
      item(NAMES.verify, seeded.verifySid),
    ]);
    if (answer.status !== 200) throw new Error(`ssm seed failed: ${JSON.stringify(answer.body)}`);
    return seeded;
  };
  fx.putByHand = async (name, value) => {
    fx.scan.addSecrets(value);
    const answer = await fx.h.ssm.send(
      new PutParameterCommand({
        Name: name,
        Value: value,
        Type: 'SecureString',
        KeyId: KEY_ID,
        Overwrite: true,
      }),
    );
    return answer.Version ?? 0;
  };
  fx.history = async (name) => {
    const rows: VersionRow[] = [];
    let NextToken: string | undefined;
    try {
      do {
        const page = await fx.h.ssm.send(
          new GetParameterHistoryCommand({ Name: name, WithDecryption: true, MaxResults: 50, NextToken }),
        );
        for (const p of page.Parameters ?? []) {
          rows.push({
            version: p.Version ?? 0,
            labels: p.Labels ?? [],
            keyId: p.KeyId,
            value: p.Value ?? '',
          });
        }
        NextToken = page.NextToken || undefined;
      } while (NextToken);
    } catch (error) {
      if ((error as Error).name === 'ParameterNotFound') return [];
      throw error;
    }
    return rows;
  };
  fx.tokens = async () => (await fx.h.control('GET', 'twilio/tokens')).body;
  fx.outbox = async () => (await fx.h.control('GET', 'sns/outbox?wait=1')).body.messages as OutboxMessage[];
  fx.alertKinds = async () => (await fx.outbox()).map((m) => m.attributes.kind?.Value ?? '?');
  fx.fault = async (spec) => {
    const answer = await fx.h.control('POST', 'faults', spec);
    if (answer.status !== 200) throw new Error(`fault refused: ${JSON.stringify(answer.body)}`);
  };
  fx.clearFaults = async () => {
    await fx.h.control('DELETE', 'faults');
  };
  fx.state = async (id) => (await getState(fx.table, id))?.data as Record<string, unknown> | undefined;
  fx.lockHeld = async (id) => (await readLock(fx.table, rotationLockKey(id)))?.live ?? false;
  fx.keep = (where, value) => fx.scan.add(where, value);
  fx.act = async (payload, deps, options) => {
    const result = (await runAction(deps ?? fx.deps(), payload, options)) as ActionResult;
    fx.keep(`${payload.action} result`, result);
    return result;
  };
  fx.tick = async (deps) => {
    const result = await tick(deps ?? fx.deps());
    fx.keep('tick result', result);
    return result;
  };
  return fx;
}
