/**
 * Finding and re-claiming alerts that were never delivered: records `pending` (publish
 * failed) and records still `claimed` after the claim timeout (the claimer died). All
 * alert records share one partition, so one Query (consistent, paginated, filtered on the
 * status) finds them.
 */
import { randomUUID } from 'node:crypto';
import { QueryCommand } from '@aws-sdk/client-dynamodb';
import type { ClaimResult } from './alert-records.ts';
import { keyItem, num, optionalString, requiredNumber, requiredString, str } from './attributes.ts';
import { conditionalWrite } from './conditional-write.ts';
import { DELIVERY_STATUS, type DeliveryStatus, OPS_KEYS } from './constants.ts';
import { CorruptItemError } from './errors.ts';
import { alertRecordKey } from './keys.ts';
import { tableError } from './read-item.ts';
import type { Item, OpsTable } from './types.ts';

export interface UndeliveredAlert {
  readonly alertKey: string;
  readonly status: DeliveryStatus;
  readonly claimToken: string;
  readonly claimedAt: Date;
  readonly payload: string;
  /** The error code of the failed publish, for pending records. */
  readonly lastError: string | undefined;
}

function undelivered(item: Item): UndeliveredAlert {
  const alertKey = requiredString(item, 'sk', 'alert record');
  const what = `alert record ${alertKey}`;
  const status = requiredString(item, 'deliveryStatus', what);
  if (status !== DELIVERY_STATUS.pending && status !== DELIVERY_STATUS.claimed) {
    throw new CorruptItemError(`${what}: unexpected delivery status "${status}"`);
  }
  return {
    alertKey,
    status,
    claimToken: requiredString(item, 'claimToken', what),
    claimedAt: new Date(requiredNumber(item, 'claimedAt', what)),
    payload: requiredString(item, 'payload', what),
    lastError: optionalString(item, 'lastError', what),
  };
}

/**
 * Lists alerts that a later invocation must send: pending ones, and claimed ones whose
 * claim is at least `claimTimeoutMs` old. Throws `CorruptItemError` for a malformed record,
 * `OpsStateError`/`OpsStateUnavailableError` when the query fails.
 */
export async function listUndeliveredAlerts(
  table: OpsTable,
  claimTimeoutMs: number,
): Promise<UndeliveredAlert[]> {
  const found: UndeliveredAlert[] = [];
  let startKey: Item | undefined;
  do {
    const page = await table.client
      .send(
        new QueryCommand({
          TableName: table.tableName,
          ConsistentRead: true,
          KeyConditionExpression: 'pk = :pk',
          FilterExpression:
            'deliveryStatus = :pending OR (deliveryStatus = :claimed AND claimedAt <= :staleBefore)',
          ExpressionAttributeValues: {
            ':pk': str(OPS_KEYS.alertPartition),
            ':pending': str(DELIVERY_STATUS.pending),
            ':claimed': str(DELIVERY_STATUS.claimed),
            ':staleBefore': num(table.clock.now().getTime() - claimTimeoutMs),
          },
          ...(startKey === undefined ? {} : { ExclusiveStartKey: startKey }),
        }),
      )
      .catch((error: unknown) => {
        throw tableError(error, 'listing undelivered alerts');
      });
    for (const item of page.Items ?? []) found.push(undelivered(item));
    startKey = page.LastEvaluatedKey;
  } while (startKey !== undefined);
  return found;
}

/**
 * Takes over an undelivered alert for publishing, only if it is still in the state it was
 * listed in (so two redelivering invocations do not both send it). Throws
 * `OpsStateError`/`OpsStateUnavailableError` as the other writes.
 */
export async function reclaimAlertRecord(
  table: OpsTable,
  record: UndeliveredAlert,
  claimTimeoutMs: number,
): Promise<ClaimResult> {
  const key = alertRecordKey(record.alertKey);
  const now = table.clock.now().getTime();
  const token = randomUUID();
  const outcome = await conditionalWrite(table, {
    key,
    what: `alert record ${record.alertKey}`,
    write: {
      action: 'UpdateItem',
      input: {
        TableName: table.tableName,
        Key: keyItem(key),
        UpdateExpression: 'SET claimToken = :token, claimedAt = :now, deliveryStatus = :claimed',
        ConditionExpression:
          '(claimToken = :old AND (deliveryStatus = :pending OR (deliveryStatus = :claimed AND claimedAt <= :staleBefore))) OR claimToken = :token',
        ExpressionAttributeValues: {
          ':token': str(token),
          ':old': str(record.claimToken),
          ':now': num(now),
          ':pending': str(DELIVERY_STATUS.pending),
          ':claimed': str(DELIVERY_STATUS.claimed),
          ':staleBefore': num(now - claimTimeoutMs),
        },
      },
    },
    readBack: (item) => {
      if (item?.claimToken?.S === token) return 'applied';
      return item?.claimToken?.S === record.claimToken ? undefined : 'rejected';
    },
  });
  return outcome === 'applied' ? { claimed: true, token } : { claimed: false };
}
