import {
  CreateTableCommand,
  DescribeTableCommand,
  DynamoDBClient,
  GetItemCommand,
  ListTablesCommand,
  PutItemCommand,
  UpdateTimeToLiveCommand,
} from '@aws-sdk/client-dynamodb';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { awsClientConfig, type LocalHarness, startLocalHarness } from '../helpers/local-clients.ts';

let h: LocalHarness;
let dynamo: DynamoDBClient;

beforeAll(async () => {
  h = await startLocalHarness();
  dynamo = new DynamoDBClient(awsClientConfig(h.local));
});
beforeEach(() => h.reset());
afterAll(async () => {
  dynamo.destroy();
  await h.close();
});

async function createTable(name = 'sra-ops'): Promise<void> {
  await dynamo.send(
    new CreateTableCommand({
      TableName: name,
      BillingMode: 'PAY_PER_REQUEST',
      AttributeDefinitions: [{ AttributeName: 'pk', AttributeType: 'S' }],
      KeySchema: [{ AttributeName: 'pk', KeyType: 'HASH' }],
    }),
  );
}

async function refusal(
  promise: Promise<unknown>,
): Promise<{ name: string; message: string; status: unknown }> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e as { name: string; message: string; $metadata?: { httpStatusCode?: number } },
  );
  if (!error) throw new Error('expected the call to be refused');
  return { name: error.name, message: error.message, status: error.$metadata?.httpStatusCode };
}

const lock = (owner: string) =>
  new PutItemCommand({
    TableName: 'sra-ops',
    Item: { pk: { S: 'lock#cloak-key' }, owner: { S: owner } },
    ConditionExpression: 'attribute_not_exists(pk)',
  });

describe('DynamoDB through the forwarder', () => {
  it('creates a table that becomes ACTIVE', async () => {
    await createTable();

    const { Table } = await dynamo.send(new DescribeTableCommand({ TableName: 'sra-ops' }));

    expect(Table?.TableStatus).toBe('ACTIVE');
  });

  it('stores an item with a conditional put', async () => {
    await createTable();

    await dynamo.send(lock('tick-1'));

    const { Item } = await dynamo.send(
      new GetItemCommand({ TableName: 'sra-ops', Key: { pk: { S: 'lock#cloak-key' } } }),
    );
    expect(Item?.owner).toEqual({ S: 'tick-1' });
  });

  it('relays dynalite refusing a conditional put whose condition fails', async () => {
    await createTable();
    await dynamo.send(lock('tick-1'));

    const error = await refusal(dynamo.send(lock('tick-2')));

    expect(error).toEqual({
      name: 'ConditionalCheckFailedException',
      message: 'The conditional request failed',
      status: 400,
    });
  });

  it('relays that dynalite does not implement UpdateTimeToLive', async () => {
    await createTable();

    const error = await refusal(
      dynamo.send(
        new UpdateTimeToLiveCommand({
          TableName: 'sra-ops',
          TimeToLiveSpecification: { AttributeName: 'expiresAt', Enabled: true },
        }),
      ),
    );

    expect(error.name).toBe('UnknownOperationException');
  });

  it('lets fault injection reach DynamoDB calls', async () => {
    await createTable();
    await h.control('POST', 'faults', {
      service: 'dynamodb',
      action: 'PutItem',
      error: { code: 'ProvisionedThroughputExceededException', status: 400, message: 'Rate exceeded' },
    });

    const error = await refusal(dynamo.send(lock('tick-1')));

    expect(error).toEqual({
      name: 'ProvisionedThroughputExceededException',
      message: 'Rate exceeded',
      status: 400,
    });
  });
});

describe('reset', () => {
  it('deletes every table', async () => {
    await createTable('sra-ops');
    await createTable('sra-other');

    await h.reset();

    expect((await dynamo.send(new ListTablesCommand({}))).TableNames).toEqual([]);
  });
});
