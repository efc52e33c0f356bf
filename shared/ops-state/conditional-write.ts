/**
 * The one way this module makes a conditional write. Each write carries a token of its
 * own (a lock holder, a claim or a write id) and its condition also accepts an item that
 * already carries that token, so sending it again is harmless. The loop:
 * - send once with the SDK's retries off (`sendOnce`);
 * - condition false: `rejected`;
 * - throttled: pause (doubling) and send again;
 * - ambiguous (dropped connection, timeout, 5xx): read the item back with a consistent
 *   read; if it shows this write's token the write took effect (`applied`); if it shows
 *   the condition can no longer hold (e.g. another live holder) it did not (`rejected`);
 *   otherwise send again (safe, see above);
 * - a definite client error: throw `OpsStateError`.
 */
import { classifyWriteError, errorName } from './classify-error.ts';
import { OPS_DEFAULTS } from './constants.ts';
import { OpsStateError, OpsStateUnavailableError } from './errors.ts';
import { readItem } from './read-item.ts';
import { sendOnce, type WriteInput } from './send-once.ts';
import type { Item, ItemKey, OpsTable } from './types.ts';

export interface ConditionalWrite {
  readonly write: WriteInput;
  readonly key: ItemKey;
  /** For messages: what is written, e.g. `rotation lock of cloak-key`. */
  readonly what: string;
  /**
   * Given the item as read back after an ambiguous failure: `applied` when it shows this
   * write took effect, `rejected` when it shows the condition is false now (so the write
   * did not happen and never will), undefined when that cannot be told (send again).
   */
  readonly readBack: (item: Item | undefined) => WriteOutcome | undefined;
}

export type WriteOutcome = 'applied' | 'rejected';

const pause = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * Makes the write and says whether it took effect. Throws `OpsStateError` on a definite
 * client error, and `OpsStateUnavailableError` when the attempts run out (throttled, or
 * ambiguous each time) or the read-back itself fails.
 */
export async function conditionalWrite(table: OpsTable, request: ConditionalWrite): Promise<WriteOutcome> {
  let lastError: unknown;
  for (let attempt = 1; attempt <= OPS_DEFAULTS.writeAttempts; attempt += 1) {
    try {
      await sendOnce(table.client, request.write);
      return 'applied';
    } catch (error) {
      lastError = error;
      const failure = classifyWriteError(error);
      if (failure === 'condition-failed') return 'rejected';
      if (failure === 'refused') {
        throw new OpsStateError(`ops table: writing ${request.what} was refused (${errorName(error)})`, {
          cause: error,
        });
      }
      if (failure === 'throttled') {
        await pause(OPS_DEFAULTS.throttleBackoffMs * 2 ** (attempt - 1));
        continue;
      }
      table.logger?.warn('ops table: ambiguous write, reading it back', {
        what: request.what,
        error: errorName(error),
        attempt,
      });
      const settled = request.readBack(await readItem(table, request.key, request.what));
      if (settled !== undefined) return settled;
    }
  }
  throw new OpsStateUnavailableError(
    `ops table: writing ${request.what} could not be confirmed after ${OPS_DEFAULTS.writeAttempts} attempts (${errorName(lastError)})`,
    { cause: lastError },
  );
}
