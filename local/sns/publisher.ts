/**
 * Publish: validates in SNS's order, keeps every accepted message in the outbox, drops FIFO
 * duplicates within five minutes, and fans the message out to confirmed subscriptions
 * (HTTP/S endpoints really receive it; other protocols are recorded).
 */
import { createHash, randomUUID } from 'node:crypto';
import type { LocalClock } from '../core/clock.ts';
import { SNS_LIMITS } from './constants.ts';
import { dispatchHttp } from './delivery.ts';
import { envelopeHeaders, notificationDocument } from './envelope.ts';
import { InvalidParameterError } from './errors.ts';
import { checkAttributes } from './message-attributes.ts';
import { parseTopicArn } from './names.ts';
import type { DeliveryRecord, Outbox, OutboxEntry } from './outbox.ts';
import { checkFifoIds, checkMessage, checkSize, checkSubject, messagesByProtocol } from './publish-rules.ts';
import type { RawMessageAttribute } from './query.ts';
import type { Subscription, SubscriptionBook } from './subscriptions.ts';
import type { TopicBook } from './topics.ts';

export interface PublishInput {
  topicArn: string | undefined;
  targetArn: string | undefined;
  phoneNumber: string | undefined;
  message: string;
  subject: string | undefined;
  messageStructure: string | undefined;
  attributes: Map<string, RawMessageAttribute>;
  messageGroupId: string | undefined;
  messageDeduplicationId: string | undefined;
}

export interface PublishResult {
  messageId: string;
  sequenceNumber?: string;
}

export class Publisher {
  #dedup = new Map<string, { at: number; result: PublishResult }>();
  #sequence = 10_000_000_000_000_000_000n;

  constructor(
    private readonly clock: LocalClock,
    private readonly topics: TopicBook,
    private readonly subscriptions: SubscriptionBook,
    private readonly outbox: Outbox,
  ) {}

  /** Throws the SnsError SNS answers for the first rule the request breaks. */
  publish(input: PublishInput, baseUrl: string): PublishResult {
    checkSubject(input.subject);
    checkMessage(input.message);
    const checked = checkAttributes(input.attributes);
    checkSize(input.message, checked.bytes);
    const arn = input.topicArn ?? input.targetArn;
    const member = input.topicArn === undefined ? 'TargetArn' : 'TopicArn';
    if (arn === undefined && input.phoneNumber === undefined) {
      throw new InvalidParameterError(
        'Invalid parameter: TopicArn or TargetArn Reason: no value for required parameter',
      );
    }
    const ref = arn === undefined ? undefined : parseTopicArn(arn, member);
    const fifo = ref?.fifo ?? false;
    const ids = { groupId: input.messageGroupId, dedupId: input.messageDeduplicationId };
    checkFifoIds(fifo, true, ids);
    const topic = fifo && arn !== undefined ? this.topics.get(arn, member) : undefined;
    checkFifoIds(fifo, topic?.contentBasedDedup ?? false, ids);
    const messages = messagesByProtocol(input.message, input.messageStructure);
    if (arn !== undefined) this.topics.get(arn, member);

    const now = this.clock.now();
    const entry: OutboxEntry = {
      messageId: randomUUID(),
      topicArn: arn,
      ...(input.phoneNumber === undefined ? {} : { phoneNumber: input.phoneNumber }),
      ...(input.subject === undefined ? {} : { subject: input.subject }),
      ...(input.messageStructure === undefined ? {} : { messageStructure: input.messageStructure }),
      message: input.message,
      messages,
      attributes: checked.attributes,
      ...(checked.invalidForFiltering.length ? { invalidAttributes: checked.invalidForFiltering } : {}),
      ...(ids.groupId === undefined ? {} : { messageGroupId: ids.groupId }),
      ...(ids.dedupId === undefined ? {} : { messageDeduplicationId: ids.dedupId }),
      time: now.toISOString(),
      deliveries: [],
    };
    if (!fifo || arn === undefined) {
      this.outbox.add(entry);
      if (arn !== undefined) this.#fanOut(entry, arn, baseUrl);
      return { messageId: entry.messageId };
    }
    const dedupKey = `${arn}\n${ids.dedupId ?? createHash('sha256').update(input.message).digest('hex')}`;
    const previous = this.#dedup.get(dedupKey);
    if (previous && now.getTime() - previous.at < SNS_LIMITS.fifoDedupWindowMs) {
      this.outbox.add({ ...entry, ...previous.result, duplicate: true });
      return previous.result;
    }
    this.#sequence += BigInt(1 + Math.floor(Math.random() * 1000));
    entry.sequenceNumber = this.#sequence.toString();
    const result = { messageId: entry.messageId, sequenceNumber: entry.sequenceNumber };
    this.#dedup.set(dedupKey, { at: now.getTime(), result });
    this.outbox.add(entry);
    this.#fanOut(entry, arn, baseUrl);
    return result;
  }

  #fanOut(entry: OutboxEntry, topicArn: string, baseUrl: string): void {
    for (const sub of this.subscriptions.ofTopic(topicArn)) {
      if (sub.pending) continue;
      const record = this.#record(entry, sub, topicArn, baseUrl);
      entry.deliveries.push(record);
      if (sub.protocol !== 'http' && sub.protocol !== 'https') continue;
      const headers = envelopeHeaders('Notification', entry.messageId, topicArn, sub.arn);
      dispatchHttp(record, headers, this.clock, this.outbox);
    }
  }

  #record(entry: OutboxEntry, sub: Subscription, topicArn: string, baseUrl: string): DeliveryRecord {
    const message = entry.messages[sub.protocol] ?? entry.messages.default ?? entry.message;
    const raw = sub.attributes.RawMessageDelivery?.toLowerCase() === 'true';
    const envelope = notificationDocument({
      messageId: entry.messageId,
      topicArn,
      subscriptionArn: sub.arn,
      subject: entry.subject,
      message,
      timestamp: entry.time,
      attributes: entry.attributes,
      baseUrl,
    });
    const body = sub.protocol === 'email' || raw ? message : JSON.stringify(envelope);
    return {
      subscriptionArn: sub.arn,
      protocol: sub.protocol,
      endpoint: sub.endpoint,
      body,
      status: 'recorded',
      attempts: [],
    };
  }
}
