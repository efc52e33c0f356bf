/**
 * Sends alerts that earlier invocations claimed but never delivered: `pending` ones (their
 * publish failed) and claims older than the claim timeout (their invocation died). Call it
 * at the start of each scheduled run.
 */
import { listUndeliveredAlerts, OpsStateError, reclaimAlertRecord } from '../ops-state/index.ts';
import { type ClaimedAlert, deliverClaimed } from './deliver.ts';
import { AlertStateError } from './errors.ts';
import { resolveSettings } from './options.ts';
import { decodePayload } from './payload.ts';
import type { AlertOutcome, AlertPublisher, PublishReport } from './types.ts';

/**
 * Re-claims and publishes every undelivered alert; an alert another invocation re-claimed
 * first is left to it. A record whose payload no longer decodes (e.g. its kind was removed)
 * is reported `pending` with error `InvalidPayload` and logged. Throws `InvalidAlertError`
 * for bad publisher options and `AlertStateError` when the ops table cannot be read or a
 * record cannot be re-claimed.
 */
export async function redeliverPending(publisher: AlertPublisher): Promise<PublishReport> {
  const settings = resolveSettings(publisher);
  const outcomes: AlertOutcome[] = [];
  const claimed: ClaimedAlert[] = [];
  try {
    for (const record of await listUndeliveredAlerts(publisher.ops, settings.claimTimeoutMs)) {
      let alert: ReturnType<typeof decodePayload>;
      try {
        alert = decodePayload(record.payload, `alert record ${record.alertKey}`);
      } catch (error) {
        publisher.logger?.error('undeliverable alert record', {
          alertKey: record.alertKey,
          error: String(error),
        });
        outcomes.push({
          alertKey: record.alertKey,
          kind: 'unknown',
          status: 'pending',
          error: 'InvalidPayload',
        });
        continue;
      }
      const result = await reclaimAlertRecord(publisher.ops, record, settings.claimTimeoutMs);
      if (result.claimed) claimed.push({ ...alert, alertKey: record.alertKey, token: result.token });
    }
  } catch (error) {
    if (!(error instanceof OpsStateError)) throw error;
    throw new AlertStateError(`undelivered alerts could not be re-claimed: ${error.message}`, {
      cause: error,
    });
  }
  const delivery = await deliverClaimed(publisher, claimed);
  outcomes.push(...delivery.outcomes.values());
  return { outcomes, messagesSent: delivery.messagesSent, messagesFailed: delivery.messagesFailed };
}
