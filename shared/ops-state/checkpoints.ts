/**
 * The audit checkpoints, one per scheduled sweep mode: the frozen query window and the
 * `NextToken` of an unfinished sweep, or the window of the last finished one. Only the
 * holder of the `LookupEvents` lease writes them, so a plain put is enough (and harmless
 * when the SDK retries it).
 */
import { PutItemCommand } from '@aws-sdk/client-dynamodb';
import { keyItem, num, optionalString, requiredNumber, requiredString, str } from './attributes.ts';
import type { SweepMode } from './constants.ts';
import { CorruptItemError, OpsStateError } from './errors.ts';
import { checkpointKey } from './keys.ts';
import { readItem, tableError } from './read-item.ts';
import type { OpsTable } from './types.ts';

export interface Checkpoint {
  readonly mode: SweepMode;
  /** The frozen `StartTime` of the sweep's query. */
  readonly windowStart: Date;
  /** The frozen `EndTime` of the sweep's query. */
  readonly windowEnd: Date;
  /** Set while the sweep is unfinished; valid only with the same window. */
  readonly nextToken: string | undefined;
  readonly status: 'in-progress' | 'complete';
}

export interface StoredCheckpoint extends Checkpoint {
  readonly updatedAt: Date;
}

const what = (mode: SweepMode) => `checkpoint of the ${mode} sweep`;

/**
 * Stores a sweep's checkpoint (replacing the previous one), stamped with the clock's time.
 * Throws `OpsStateError` for an unknown mode, a window that ends before it starts, or a
 * refused call, `OpsStateUnavailableError` when the table cannot be reached.
 */
export async function saveCheckpoint(table: OpsTable, checkpoint: Checkpoint): Promise<void> {
  const key = checkpointKey(checkpoint.mode);
  if (checkpoint.windowEnd.getTime() < checkpoint.windowStart.getTime()) {
    throw new OpsStateError(`${what(checkpoint.mode)}: the window ends before it starts`);
  }
  await table.client
    .send(
      new PutItemCommand({
        TableName: table.tableName,
        Item: {
          ...keyItem(key),
          windowStart: num(checkpoint.windowStart.getTime()),
          windowEnd: num(checkpoint.windowEnd.getTime()),
          status: str(checkpoint.status),
          updatedAt: num(table.clock.now().getTime()),
          ...(checkpoint.nextToken === undefined ? {} : { nextToken: str(checkpoint.nextToken) }),
        },
      }),
    )
    .catch((error: unknown) => {
      throw tableError(error, `writing the ${what(checkpoint.mode)}`);
    });
}

/**
 * Reads a sweep's checkpoint with a consistent read; undefined before the first sweep.
 * Throws `CorruptItemError` for a malformed item, `OpsStateError`/`OpsStateUnavailableError`
 * when the read fails.
 */
export async function loadCheckpoint(
  table: OpsTable,
  mode: SweepMode,
): Promise<StoredCheckpoint | undefined> {
  const item = await readItem(table, checkpointKey(mode), what(mode));
  if (item === undefined) return undefined;
  const status = requiredString(item, 'status', what(mode));
  if (status !== 'in-progress' && status !== 'complete') {
    throw new CorruptItemError(`${what(mode)}: unexpected status "${status}"`);
  }
  return {
    mode,
    windowStart: new Date(requiredNumber(item, 'windowStart', what(mode))),
    windowEnd: new Date(requiredNumber(item, 'windowEnd', what(mode))),
    nextToken: optionalString(item, 'nextToken', what(mode)),
    status,
    updatedAt: new Date(requiredNumber(item, 'updatedAt', what(mode))),
  };
}
