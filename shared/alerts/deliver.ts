/**
 * Publishes planned messages and settles each alert's record: delivered after a successful
 * Publish, pending after a failed one (the SNS client's own retries already spent). A
 * failure to settle a record never changes the caller's answer: a delivered alert whose
 * record stays "claimed" may be sent once more by a later call (the at-least-once
 * duplicate the design allows); a pending one is sent by a later call either way.
 */
import { PublishCommand } from '@aws-sdk/client-sns';
import { markAlertDelivered, markAlertPending } from '../ops-state/index.ts';
import { planMessages } from './plan.ts';
import type { PreparedAlert } from './prepare.ts';
import type { AlertOutcome, AlertPublisher } from './types.ts';

export interface ClaimedAlert extends PreparedAlert {
  readonly token: string;
}

export interface DeliveryResult {
  readonly outcomes: Map<string, AlertOutcome>;
  readonly messagesSent: number;
  readonly messagesFailed: number;
}

const codeOf = (error: unknown) => (error instanceof Error ? error.name : 'Error');

async function settle(publisher: AlertPublisher, settleOne: () => Promise<boolean>, alertKey: string) {
  try {
    await settleOne();
  } catch (error) {
    publisher.logger?.warn('alert record not updated', { alertKey, error: codeOf(error) });
  }
}

/** Sends every claimed alert, most severe first. Never throws. */
export async function deliverClaimed(
  publisher: AlertPublisher,
  claimed: readonly ClaimedAlert[],
): Promise<DeliveryResult> {
  const outcomes = new Map<string, AlertOutcome>();
  let messagesSent = 0;
  let messagesFailed = 0;
  for (const message of planMessages(publisher.topicArn, claimed)) {
    try {
      const out = await publisher.sns.send(new PublishCommand(message.input));
      const messageId = out.MessageId ?? '';
      messagesSent += 1;
      for (const alert of message.alerts) {
        outcomes.set(alert.alertKey, {
          alertKey: alert.alertKey,
          kind: alert.kind,
          status: 'delivered',
          messageId,
        });
        await settle(
          publisher,
          () => markAlertDelivered(publisher.ops, alert.alertKey, alert.token, messageId),
          alert.alertKey,
        );
      }
    } catch (error) {
      messagesFailed += 1;
      const code = codeOf(error);
      publisher.logger?.error('alert publish failed; alerts left pending', {
        error: code,
        alerts: message.alerts.map((a) => a.alertKey),
      });
      for (const alert of message.alerts) {
        outcomes.set(alert.alertKey, {
          alertKey: alert.alertKey,
          kind: alert.kind,
          status: 'pending',
          error: code,
        });
        await settle(
          publisher,
          () => markAlertPending(publisher.ops, alert.alertKey, alert.token, code),
          alert.alertKey,
        );
      }
    }
  }
  return { outcomes, messagesSent, messagesFailed };
}
