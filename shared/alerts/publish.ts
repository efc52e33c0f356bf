/**
 * The one way rotation and audit send alerts. For each alert: validate and redact, claim
 * its record (conditional write; an alert already sent within its suppression is reported
 * `suppressed`), then publish the claimed ones in as few messages as SNS allows and settle
 * their records. The caller learns per alert `delivered`, `suppressed` or `pending`.
 */
import { claimAlertRecord, OpsStateError } from '../ops-state/index.ts';
import { ALERT_DEFAULTS } from './constants.ts';
import { type ClaimedAlert, deliverClaimed } from './deliver.ts';
import { AlertStateError } from './errors.ts';
import { resolveSettings } from './options.ts';
import { encodePayload } from './payload.ts';
import { type PreparedAlert, prepareAlert } from './prepare.ts';
import type { Alert, AlertOutcome, AlertPublisher, PublishReport } from './types.ts';

/** Claims run this many at a time. */
const CLAIM_CONCURRENCY = 10;

/**
 * Publishes `alerts`. Never loses one: an alert whose publish failed is `pending` and its
 * record makes `redeliverPending` (or the next publish of the same alert) send it.
 * Throws `InvalidAlertError`/`UnknownAlertKindError` (naming the field) before anything is
 * claimed or sent, and `AlertStateError` when the ops table cannot record a claim: then
 * nothing of the batch was published (alerts already claimed are sent by a later
 * `redeliverPending`), and the caller should fail so that its invocation is retried.
 */
export async function publishAlerts(
  publisher: AlertPublisher,
  alerts: readonly Alert[],
): Promise<PublishReport> {
  const settings = resolveSettings(publisher);
  const prepared = alerts.map((alert, i) => prepareAlert(alert, settings.secretValues, `alerts[${i}]`));
  const tokens: (string | undefined)[] = [];
  for (let start = 0; start < prepared.length; start += CLAIM_CONCURRENCY) {
    const chunk = prepared.slice(start, start + CLAIM_CONCURRENCY);
    tokens.push(...(await Promise.all(chunk.map((alert) => claim(publisher, alert, settings)))));
  }
  const claimed: ClaimedAlert[] = [];
  prepared.forEach((alert, i) => {
    const token = tokens[i];
    if (token !== undefined) claimed.push({ ...alert, token });
  });
  const delivery = await deliverClaimed(publisher, claimed);
  const outcomes = prepared.map((alert, i): AlertOutcome => {
    const settled = tokens[i] === undefined ? undefined : delivery.outcomes.get(alert.alertKey);
    return settled ?? { alertKey: alert.alertKey, kind: alert.kind, status: 'suppressed' };
  });
  return { outcomes, messagesSent: delivery.messagesSent, messagesFailed: delivery.messagesFailed };
}

async function claim(
  publisher: AlertPublisher,
  alert: PreparedAlert,
  settings: ReturnType<typeof resolveSettings>,
): Promise<string | undefined> {
  try {
    const result = await claimAlertRecord(publisher.ops, {
      alertKey: alert.alertKey,
      fingerprint: alert.fingerprint,
      severity: alert.severity,
      reNotifyIntervalMs: alert.identity.scope === 'instant' ? undefined : settings.reNotifyIntervalMs,
      retentionMs: ALERT_DEFAULTS.recordRetentionMs,
      claimTimeoutMs: settings.claimTimeoutMs,
      payload: encodePayload(alert),
    });
    return result.claimed ? result.token : undefined;
  } catch (error) {
    if (!(error instanceof OpsStateError)) throw error;
    throw new AlertStateError(`alert ${alert.alertKey} could not be claimed: ${error.message}`, {
      cause: error,
    });
  }
}
