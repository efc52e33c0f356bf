/**
 * Alert records: one item per alert key, used to send each alert once (instant findings)
 * or at most once per re-notify interval (windowed findings, lifecycle conditions). An
 * alert is claimed (conditional put), published by the caller, then marked delivered or
 * pending (`alert-settle.ts`). Every expiry is compared with the injected clock inside the
 * claim's condition; `expiresAt` only lets DynamoDB's TTL delete the item days later.
 */
import { randomUUID } from 'node:crypto';
import { keyItem, num, str, ttlSeconds } from './attributes.ts';
import { conditionalWrite } from './conditional-write.ts';
import { DELIVERY_STATUS, OPS_DEFAULTS } from './constants.ts';
import { OpsStateError } from './errors.ts';
import { alertRecordKey } from './keys.ts';
import type { OpsTable } from './types.ts';

export interface AlertClaimRequest {
  /** The alert key (sort key), e.g. built with `compositeKey('instant', rule, eventId)`. */
  readonly alertKey: string;
  /** Hash of the alert's identity and severity only (never evidence or window). */
  readonly fingerprint: string;
  readonly severity: string;
  /** Windowed findings and lifecycle conditions: send again once this much time passed since the last send. Undefined for instant findings. */
  readonly reNotifyIntervalMs: number | undefined;
  /** How long the record suppresses repeats at all (instant findings: longer than the 25 h look-back). */
  readonly retentionMs: number;
  /** A claim not marked delivered or pending after this long is taken to be dead, and can be claimed again. */
  readonly claimTimeoutMs: number;
  /** What a later invocation needs to publish the alert again; never a secret value. */
  readonly payload: string;
}

export type ClaimResult = { readonly claimed: true; readonly token: string } | { readonly claimed: false };

const what = (alertKey: string) => `alert record ${alertKey}`;

function checkDuration(name: string, ms: number | undefined): void {
  if (ms !== undefined && (!Number.isSafeInteger(ms) || ms <= 0)) {
    throw new OpsStateError(`ops table: ${name} must be a positive whole number of ms, got ${ms}`);
  }
}

/**
 * Claims the right to publish an alert. It succeeds only if there is no record, the record
 * has expired, the fingerprint changed, a previous publish failed (pending), a previous claim
 * is older than the claim timeout, or (re-notify interval given) the last send is at least
 * that old. Resolves `{ claimed: false }` when the alert was already sent (or is being sent
 * by a live claim). Throws `OpsStateError` for bad durations or a refused call,
 * `OpsStateUnavailableError` when the outcome cannot be confirmed.
 */
export async function claimAlertRecord(table: OpsTable, request: AlertClaimRequest): Promise<ClaimResult> {
  checkDuration('reNotifyIntervalMs', request.reNotifyIntervalMs);
  checkDuration('retentionMs', request.retentionMs);
  checkDuration('claimTimeoutMs', request.claimTimeoutMs);
  const key = alertRecordKey(request.alertKey);
  const token = randomUUID();
  const now = table.clock.now().getTime();
  const recordExpiresAt = now + request.retentionMs;
  const conditions = [
    'attribute_not_exists(pk)',
    'recordExpiresAt < :now',
    'fingerprint <> :fp',
    'deliveryStatus = :pending',
    '(deliveryStatus = :claimed AND claimedAt <= :staleBefore)',
    'claimToken = :token',
  ];
  const values = {
    ':now': num(now),
    ':fp': str(request.fingerprint),
    ':pending': str(DELIVERY_STATUS.pending),
    ':claimed': str(DELIVERY_STATUS.claimed),
    ':staleBefore': num(now - request.claimTimeoutMs),
    ':token': str(token),
  };
  if (request.reNotifyIntervalMs !== undefined) {
    conditions.push('(deliveryStatus = :delivered AND lastSentAt <= :renotifyBefore)');
    Object.assign(values, {
      ':delivered': str(DELIVERY_STATUS.delivered),
      ':renotifyBefore': num(now - request.reNotifyIntervalMs),
    });
  }
  const outcome = await conditionalWrite(table, {
    key,
    what: what(request.alertKey),
    write: {
      action: 'PutItem',
      input: {
        TableName: table.tableName,
        Item: {
          ...keyItem(key),
          fingerprint: str(request.fingerprint),
          severity: str(request.severity),
          deliveryStatus: str(DELIVERY_STATUS.claimed),
          claimToken: str(token),
          claimedAt: num(now),
          recordExpiresAt: num(recordExpiresAt),
          expiresAt: num(ttlSeconds(recordExpiresAt, OPS_DEFAULTS.ttlSlackSeconds)),
          payload: str(request.payload),
        },
        ConditionExpression: conditions.join(' OR '),
        ExpressionAttributeValues: values,
      },
    },
    readBack: (item) => (item?.claimToken?.S === token ? 'applied' : undefined),
  });
  return outcome === 'applied' ? { claimed: true, token } : { claimed: false };
}
