/**
 * The subscription handshake's first half: SNS sends a SubscriptionConfirmation carrying the
 * token and SubscribeURL. HTTP/S endpoints receive it by POST; for e-mail endpoints it is
 * recorded on the subscription (the control API shows the token).
 */
import { randomUUID } from 'node:crypto';
import type { LocalClock } from '../core/clock.ts';
import { dispatchHttp } from './delivery.ts';
import { confirmationDocument, envelopeHeaders } from './envelope.ts';
import type { DeliveryRecord, Outbox } from './outbox.ts';
import type { Subscription } from './subscriptions.ts';

export function sendConfirmation(
  sub: Subscription,
  token: string,
  clock: LocalClock,
  outbox: Outbox,
  baseUrl: string,
): void {
  const messageId = randomUUID();
  const timestamp = clock.now().toISOString();
  const doc = confirmationDocument({ messageId, token, topicArn: sub.topicArn, timestamp, baseUrl });
  const record: DeliveryRecord = {
    subscriptionArn: sub.arn,
    protocol: sub.protocol,
    endpoint: sub.endpoint,
    body: JSON.stringify(doc),
    status: 'recorded',
    attempts: [],
  };
  sub.confirmations.push(record);
  if (sub.protocol !== 'http' && sub.protocol !== 'https') return;
  const headers = envelopeHeaders('SubscriptionConfirmation', messageId, sub.topicArn, undefined);
  dispatchHttp(record, headers, clock, outbox);
}
