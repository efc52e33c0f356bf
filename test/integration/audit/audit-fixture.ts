/**
 * The audit integration fixture: one local server per file (its clock at `start`), a fresh
 * world, ops table and topic per test, the product's real SDK clients against it, a sleep
 * that moves the shared clock instead of waiting, the product's log lines kept out of the
 * test output (for the secret scan), and helpers to append raw CloudTrail records, seed
 * identities, count the LookupEvents calls the server received, and read the alert keys
 * SNS accepted.
 */
import { randomBytes } from 'node:crypto';
import { CloudTrailClient } from '@aws-sdk/client-cloudtrail';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { CreateTopicCommand, SNSClient } from '@aws-sdk/client-sns';
import { afterAll, beforeAll, beforeEach } from 'vitest';
import { LocalClock } from '../../../local/core/clock.ts';
import {
  registerAuditAlertKinds,
  runSweep,
  type StreamDeps,
  type StreamResult,
  type SweepReport,
  type SweepRequest,
} from '../../../shared/audit/index.ts';
import { evaluateStreamEvent } from '../../../shared/audit/stream/index.ts';
import type { SweepDeps, SweepOptions } from '../../../shared/audit/sweep/index.ts';
import { type Config, parseRawConfig, type RawConfig } from '../../../shared/config/index.ts';
import { createLogger, SecretRegistry } from '../../../shared/logging/index.ts';
import { createOpsTable, type OpsTable } from '../../../shared/ops-state/index.ts';
import { captureServiceLogs, type ServiceLogs } from '../../helpers/service-logs.ts';
import { POLICY_JSON } from '../../unit/audit/fixtures.ts';
import type { OutboxMessage } from '../alerts/alerts-fixture.ts';
import {
  awsClientConfig,
  type ControlAnswer,
  LOCAL_ACCOUNT,
  LOCAL_REGION,
  LOCAL_START,
  type LocalHarness,
  startLocalHarness,
} from '../helpers/local-clients.ts';

export const AUDIT_SERVICE = 'sra-audit-test';

export interface AuditFixture {
  h: LocalHarness;
  clock: LocalClock;
  config: Config;
  table: OpsTable;
  topicArn: string;
  cloudTrail: CloudTrailClient;
  dynamodb: DynamoDBClient;
  sns: SNSClient;
  logs: ServiceLogs;
  /** A fresh world, ops table and topic (run before each test; property tests call it per run). */
  fresh(): Promise<void>;
  /** Rebuilds the configuration with extra keys. */
  configure(extra: RawConfig): void;
  /** The sweep's dependencies (sleep moves the clock); `overrides` replace any of them. */
  deps(overrides?: Partial<SweepDeps>): SweepDeps;
  streamDeps(): StreamDeps;
  sweep(request: SweepRequest, options?: SweepOptions): Promise<SweepReport>;
  stream(event: unknown): Promise<StreamResult>;
  /** Appends raw CloudTrail records (visible after `deliveryDelayMs`); resolves their event ids. */
  append(records: readonly Record<string, unknown>[], deliveryDelayMs?: number): Promise<string[]>;
  /** Seeds one identity of the stand-ins. */
  identity(seed: Record<string, unknown>): Promise<void>;
  /** Starts counting LookupEvents calls at the server (a fault that never fires); resolves a reader. */
  countLookupCalls(): Promise<() => Promise<number>>;
  outbox(): Promise<OutboxMessage[]>;
  /** The alert key of every alert in every accepted message, in order, repeats kept. */
  alertKeys(): Promise<string[]>;
  control(method: string, path: string, body?: unknown): Promise<ControlAnswer>;
}

/** Registers the hooks of one test file. */
export function useAuditFixture(options: { start?: string } = {}): AuditFixture {
  const fx = {} as AuditFixture;
  const secrets = new SecretRegistry();
  let extra: RawConfig = {};
  beforeAll(async () => {
    registerAuditAlertKinds();
    fx.h = await startLocalHarness({ clock: new LocalClock(options.start ?? LOCAL_START) });
    fx.clock = fx.h.clock;
    const config = awsClientConfig(fx.h.local, { maxAttempts: 3 });
    fx.cloudTrail = new CloudTrailClient(config);
    fx.dynamodb = new DynamoDBClient(config);
    fx.sns = new SNSClient(config);
    fx.logs = captureServiceLogs(AUDIT_SERVICE);
  });
  beforeEach(() => fx.fresh());
  fx.fresh = async () => {
    await fx.h.reset();
    extra = {};
    const tableName = `ops-${randomBytes(4).toString('hex')}`;
    await createOpsTable(fx.dynamodb, tableName);
    const logger = createLogger({ serviceName: AUDIT_SERVICE, secrets, logLevel: 'DEBUG' });
    fx.table = { client: fx.dynamodb, tableName, clock: fx.clock, logger };
    fx.topicArn = (await fx.sns.send(new CreateTopicCommand({ Name: 'secret-alerts' }))).TopicArn ?? '';
    fx.configure({});
  };
  afterAll(async () => {
    fx.logs.stop();
    for (const client of [fx.cloudTrail, fx.dynamodb, fx.sns]) client.destroy();
    await fx.h.close();
  });

  fx.control = (method, path, body) => fx.h.control(method, path, body);
  fx.configure = (more) => {
    extra = { ...extra, ...more };
    fx.config = parseRawConfig({
      SRA_REGION: LOCAL_REGION,
      SRA_ACCOUNT: LOCAL_ACCOUNT,
      SRA_TABLE: fx.table.tableName,
      SRA_TOPIC_ARN: fx.topicArn,
      SRA_AUDIT_POLICY: JSON.stringify(POLICY_JSON),
      ...extra,
    });
  };
  fx.deps = (overrides = {}) => ({
    config: fx.config,
    cloudTrail: fx.cloudTrail,
    ops: fx.table,
    sns: fx.sns,
    clock: fx.clock,
    sleep: async (ms) => {
      fx.clock.advance(ms);
    },
    logger: fx.table.logger,
    owner: 'test-sweep',
    ...overrides,
  });
  fx.streamDeps = () => ({ config: fx.config, ops: fx.table, sns: fx.sns, logger: fx.table.logger });
  fx.sweep = (request, sweepOptions) => runSweep(fx.deps(), request, sweepOptions);
  fx.stream = (event) => evaluateStreamEvent(fx.streamDeps(), event);
  fx.append = async (records, deliveryDelayMs) => {
    const body = deliveryDelayMs === undefined ? { records } : { records, deliveryDelayMs };
    const answer = await fx.h.control('POST', 'cloudtrail/records', body);
    if (answer.status !== 200) throw new Error(`append refused: ${JSON.stringify(answer.body)}`);
    return (answer.body.records as { eventID: string }[]).map((r) => r.eventID);
  };
  fx.identity = async (seed) => {
    const answer = await fx.h.control('POST', 'identities', seed);
    if (answer.status !== 200) throw new Error(`identity refused: ${JSON.stringify(answer.body)}`);
  };
  fx.countLookupCalls = async () => {
    const spec = { service: 'cloudtrail', action: 'LookupEvents', latencyMs: 0, nth: 1_000_000_000 };
    const answer = await fx.h.control('POST', 'faults', spec);
    const id = String(answer.body.faults[0].id);
    return async () => {
      const { faults } = (await fx.h.control('GET', 'faults')).body as {
        faults: { id: string; matched: number }[];
      };
      return faults.find((f) => f.id === id)?.matched ?? 0;
    };
  };
  fx.outbox = async () => (await fx.h.control('GET', 'sns/outbox?wait=1')).body.messages as OutboxMessage[];
  fx.alertKeys = async () =>
    (await fx.outbox()).flatMap((m) => {
      const doc = JSON.parse(m.messages.sqs ?? m.messages.default ?? '{}') as {
        alerts?: { alertKey: string }[];
      };
      return (doc.alerts ?? []).map((a) => a.alertKey);
    });
  return fx;
}
