import { GetItemCommand } from '@aws-sdk/client-dynamodb';
import { keyItem } from './attributes.ts';
import { errorName } from './classify-error.ts';
import { OpsStateError, OpsStateUnavailableError } from './errors.ts';
import type { Item, ItemKey, OpsTable } from './types.ts';

/**
 * Reads one item with a consistent read (the SDK's own retries apply: a read is idempotent).
 * Throws `OpsStateError` for a definite client error and `OpsStateUnavailableError` when
 * the table cannot be reached.
 */
export async function readItem(table: OpsTable, key: ItemKey, what: string): Promise<Item | undefined> {
  try {
    const out = await table.client.send(
      new GetItemCommand({ TableName: table.tableName, Key: keyItem(key), ConsistentRead: true }),
    );
    return out.Item;
  } catch (error) {
    throw tableError(error, `reading ${what}`);
  }
}

/** Wraps an SDK error: 4xx becomes `OpsStateError`, anything else `OpsStateUnavailableError`. */
export function tableError(error: unknown, doing: string): OpsStateError {
  const status = (error as { $metadata?: { httpStatusCode?: number } } | undefined)?.$metadata
    ?.httpStatusCode;
  const message = `ops table: ${doing} failed (${errorName(error)})`;
  return status !== undefined && status >= 400 && status < 500 && status !== 429
    ? new OpsStateError(message, { cause: error })
    : new OpsStateUnavailableError(message, { cause: error });
}
