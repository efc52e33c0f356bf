/**
 * A fixture for ops-state and alerts integration tests: the local stand-ins (a fresh server
 * per test, its clock at `LOCAL_START`), real `DynamoDBClient` and `SNSClient` pointed at
 * it with the SDK's default of 3 attempts (so the product's own no-retry path for
 * conditional writes is what the tests exercise), a fresh ops table, and fault helpers.
 */
import { randomUUID } from 'node:crypto';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { SNSClient } from '@aws-sdk/client-sns';
import { afterEach, beforeEach } from 'vitest';
import type { LocalClock } from '../../../local/core/clock.ts';
import { createOpsTable, type OpsTable } from '../../../shared/ops-state/index.ts';
import { awsClientConfig, type LocalHarness, startLocalHarness } from '../helpers/local-clients.ts';

export interface OpsFixture {
  h: LocalHarness;
  clock: LocalClock;
  dynamodb: DynamoDBClient;
  sns: SNSClient;
  table: OpsTable;
  /** Injects one fault (`POST /_local/faults`); resolves its id. */
  fault(spec: Record<string, unknown>): Promise<string>;
  /** Removes every fault. */
  clearFaults(): Promise<void>;
  /** How many calls matched a fault so far. */
  matched(id: string): Promise<number>;
}

/** Registers the hooks; the returned object is filled in `beforeEach`. */
export function useOpsFixture(): OpsFixture {
  const fx = {} as OpsFixture;
  beforeEach(async () => {
    fx.h = await startLocalHarness();
    fx.clock = fx.h.clock;
    fx.dynamodb = new DynamoDBClient(awsClientConfig(fx.h.local, { maxAttempts: 3 }));
    fx.sns = new SNSClient(awsClientConfig(fx.h.local, { maxAttempts: 3 }));
    const tableName = `ops-${randomUUID()}`;
    await createOpsTable(fx.dynamodb, tableName);
    fx.table = { client: fx.dynamodb, tableName, clock: fx.clock };
    fx.fault = async (spec) => {
      const answer = await fx.h.control('POST', 'faults', spec);
      if (answer.status !== 200) throw new Error(`fault refused: ${JSON.stringify(answer.body)}`);
      return String(answer.body.faults[0].id);
    };
    fx.clearFaults = async () => {
      await fx.h.control('DELETE', 'faults');
    };
    fx.matched = async (id) => {
      const { faults } = (await fx.h.control('GET', 'faults')).body as {
        faults: { id: string; matched: number }[];
      };
      return faults.find((f) => f.id === id)?.matched ?? 0;
    };
  });
  afterEach(async () => {
    fx.dynamodb.destroy();
    fx.sns.destroy();
    await fx.h.close();
  });
  return fx;
}
