/**
 * Creates the ops table for tests and the local demo (deployment creates it from
 * `serverless.yml`, with TTL on `expiresAt`). The product never calls `UpdateTimeToLive`.
 */
import {
  CreateTableCommand,
  DescribeTableCommand,
  type DynamoDBClient,
  ResourceInUseException,
} from '@aws-sdk/client-dynamodb';
import { OPS_ATTRIBUTES, OPS_DEFAULTS } from './constants.ts';
import { OpsStateError } from './errors.ts';
import { tableError } from './read-item.ts';

const pause = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * Creates the table (string `pk` and `sk`, on-demand billing) unless it exists, and waits
 * until it is ACTIVE. Throws `OpsStateError` when creation is refused or the table does not
 * become ACTIVE within `OPS_DEFAULTS.tableActiveTimeoutMs` of real time,
 * `OpsStateUnavailableError` when the service cannot be reached.
 */
export async function createOpsTable(client: DynamoDBClient, tableName: string): Promise<void> {
  try {
    await client.send(
      new CreateTableCommand({
        TableName: tableName,
        BillingMode: 'PAY_PER_REQUEST',
        AttributeDefinitions: [
          { AttributeName: OPS_ATTRIBUTES.partitionKey, AttributeType: 'S' },
          { AttributeName: OPS_ATTRIBUTES.sortKey, AttributeType: 'S' },
        ],
        KeySchema: [
          { AttributeName: OPS_ATTRIBUTES.partitionKey, KeyType: 'HASH' },
          { AttributeName: OPS_ATTRIBUTES.sortKey, KeyType: 'RANGE' },
        ],
      }),
    );
  } catch (error) {
    if (!(error instanceof ResourceInUseException)) throw tableError(error, `creating table ${tableName}`);
  }
  const deadline = performance.now() + OPS_DEFAULTS.tableActiveTimeoutMs;
  while (performance.now() < deadline) {
    const out = await client
      .send(new DescribeTableCommand({ TableName: tableName }))
      .catch((error: unknown) => {
        throw tableError(error, `describing table ${tableName}`);
      });
    if (out.Table?.TableStatus === 'ACTIVE') return;
    await pause(20);
  }
  throw new OpsStateError(`ops table: ${tableName} did not become ACTIVE`);
}
