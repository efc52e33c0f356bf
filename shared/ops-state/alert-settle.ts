/**
 * Settling a claimed alert record: delivered after a successful publish, pending after a
 * failed one. Both are conditional on the claim token, so a claim taken over by another
 * invocation is never overwritten.
 */
import { keyItem, num, str } from './attributes.ts';
import type { WriteOutcome } from './conditional-write.ts';
import { conditionalWrite } from './conditional-write.ts';
import { DELIVERY_STATUS, type DeliveryStatus } from './constants.ts';
import { alertRecordKey } from './keys.ts';
import type { Item, OpsTable } from './types.ts';

const what = (alertKey: string) => `alert record ${alertKey}`;

/**
 * Records that the claimed alert was published: status `delivered`, `lastSentAt` now, the
 * payload dropped. Resolves false when the claim is no longer this token's (another
 * invocation re-claimed it). Throws `OpsStateError`/`OpsStateUnavailableError` as above.
 */
export function markAlertDelivered(
  table: OpsTable,
  alertKey: string,
  token: string,
  messageId: string,
): Promise<boolean> {
  return settle(table, alertKey, token, DELIVERY_STATUS.delivered, {
    update: 'SET deliveryStatus = :status, lastSentAt = :now, messageId = :messageId REMOVE payload',
    condition: 'claimToken = :token',
    values: { ':now': num(table.clock.now().getTime()), ':messageId': str(messageId) },
  });
}

/**
 * Records that publishing the claimed alert failed, so any later call sends it (status
 * `pending`, the error's code kept). Resolves false when the claim is no longer this
 * token's. Throws `OpsStateError`/`OpsStateUnavailableError` as above.
 */
export function markAlertPending(
  table: OpsTable,
  alertKey: string,
  token: string,
  errorCode: string,
): Promise<boolean> {
  return settle(table, alertKey, token, DELIVERY_STATUS.pending, {
    update: 'SET deliveryStatus = :status, lastError = :error',
    condition: 'claimToken = :token AND deliveryStatus = :claimed',
    values: { ':claimed': str(DELIVERY_STATUS.claimed), ':error': str(errorCode) },
  });
}

/** One conditional settle of this token's claim to `status`, read back after an ambiguous failure. */
async function settle(
  table: OpsTable,
  alertKey: string,
  token: string,
  status: DeliveryStatus,
  change: { update: string; condition: string; values: Item },
): Promise<boolean> {
  const key = alertRecordKey(alertKey);
  const outcome = await conditionalWrite(table, {
    key,
    what: what(alertKey),
    write: {
      action: 'UpdateItem',
      input: {
        TableName: table.tableName,
        Key: keyItem(key),
        UpdateExpression: change.update,
        ConditionExpression: change.condition,
        ExpressionAttributeValues: { ...change.values, ':status': str(status), ':token': str(token) },
      },
    },
    readBack: (item) => settledReadBack(item, token, status),
  });
  return outcome === 'applied';
}

/** After an ambiguous settle: done if the record shows it, refused if another claim replaced ours. */
function settledReadBack(
  item: Item | undefined,
  token: string,
  status: DeliveryStatus,
): WriteOutcome | undefined {
  if (item?.claimToken?.S !== token) return 'rejected';
  return item.deliveryStatus?.S === status ? 'applied' : undefined;
}
