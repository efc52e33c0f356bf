/**
 * Each function's last successful run, shown by `status`. One item per function in one
 * partition; a write never moves the time backwards.
 */
import { PutItemCommand, QueryCommand } from '@aws-sdk/client-dynamodb';
import { keyItem, num, requiredNumber, requiredString, str } from './attributes.ts';
import { classifyWriteError } from './classify-error.ts';
import { OPS_KEYS } from './constants.ts';
import { lastRunKey } from './keys.ts';
import { tableError } from './read-item.ts';
import type { Item, OpsTable } from './types.ts';

/**
 * Records that `functionName` finished successfully at `at` (default: the clock's time),
 * unless a later run is already recorded. Throws `OpsStateError` for a refused call,
 * `OpsStateUnavailableError` when the table cannot be reached.
 */
export async function recordRun(
  table: OpsTable,
  functionName: string,
  at: Date = table.clock.now(),
): Promise<void> {
  try {
    await table.client.send(
      new PutItemCommand({
        TableName: table.tableName,
        Item: { ...keyItem(lastRunKey(functionName)), fn: str(functionName), lastRunAt: num(at.getTime()) },
        ConditionExpression: 'attribute_not_exists(pk) OR lastRunAt < :at',
        ExpressionAttributeValues: { ':at': num(at.getTime()) },
      }),
    );
  } catch (error) {
    // A later (or this very, retried) run is already recorded: nothing to do.
    if (classifyWriteError(error) === 'condition-failed') return;
    throw tableError(error, `recording the last run of ${functionName}`);
  }
}

/**
 * The last successful run of every function that recorded one, by function name.
 * Throws `CorruptItemError` for a malformed item, `OpsStateError`/`OpsStateUnavailableError`
 * when the query fails.
 */
export async function lastRuns(table: OpsTable): Promise<Record<string, Date>> {
  const runs: Record<string, Date> = {};
  let startKey: Item | undefined;
  do {
    const page = await table.client
      .send(
        new QueryCommand({
          TableName: table.tableName,
          ConsistentRead: true,
          KeyConditionExpression: 'pk = :pk',
          ExpressionAttributeValues: { ':pk': str(OPS_KEYS.runPartition) },
          ...(startKey === undefined ? {} : { ExclusiveStartKey: startKey }),
        }),
      )
      .catch((error: unknown) => {
        throw tableError(error, 'reading the last runs');
      });
    for (const item of page.Items ?? []) {
      runs[requiredString(item, 'fn', 'last run')] = new Date(requiredNumber(item, 'lastRunAt', 'last run'));
    }
    startKey = page.LastEvaluatedKey;
  } while (startKey !== undefined);
  return runs;
}
