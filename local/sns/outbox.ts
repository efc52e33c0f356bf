/** Every message the SNS stand-in accepted, with what it delivered to each subscriber. */
import type { EnvelopeAttribute } from './message-attributes.ts';

export interface DeliveryAttempt {
  /** World-clock time of the attempt. */
  time: string;
  /** HTTP status the endpoint answered, if it answered. */
  status?: number;
  error?: string;
}

export interface DeliveryRecord {
  subscriptionArn: string;
  protocol: string;
  endpoint: string;
  /** The body delivered: the envelope for http(s)/sqs/lambda/email-json, the text for email. */
  body: string;
  /**
   * `recorded` for protocols the stand-in does not reach (email, sqs, lambda, ...);
   * `pending` while an HTTP delivery is in flight; `delivered` or `failed` afterwards.
   */
  status: 'recorded' | 'pending' | 'delivered' | 'failed';
  attempts: DeliveryAttempt[];
}

export interface OutboxEntry {
  messageId: string;
  topicArn: string | undefined;
  phoneNumber?: string;
  subject?: string;
  messageStructure?: string;
  /** The Message parameter as published. */
  message: string;
  /** The message each protocol receives (`default` for every protocol without its own key). */
  messages: Record<string, string>;
  attributes: Record<string, EnvelopeAttribute>;
  /** Attributes accepted but unusable by filter policies (e.g. a String.Array that is not a JSON array). */
  invalidAttributes?: string[];
  messageGroupId?: string;
  messageDeduplicationId?: string;
  sequenceNumber?: string;
  /** True when a FIFO topic dropped the message as a duplicate within the 5-minute window. */
  duplicate?: boolean;
  /** World-clock time of the publish (ISO 8601). */
  time: string;
  deliveries: DeliveryRecord[];
}

export class Outbox {
  #entries: OutboxEntry[] = [];
  #inFlight = new Set<Promise<void>>();

  add(entry: OutboxEntry): void {
    this.#entries.push(entry);
  }

  list(): readonly OutboxEntry[] {
    return this.#entries;
  }

  clear(): void {
    this.#entries = [];
  }

  /** Remembers an asynchronous delivery so `settled()` can wait for it. */
  track(delivery: Promise<void>): void {
    this.#inFlight.add(delivery);
    void delivery.finally(() => this.#inFlight.delete(delivery));
  }

  /** Resolves once every delivery started so far has finished (delivered or failed). */
  async settled(): Promise<void> {
    while (this.#inFlight.size > 0) await Promise.allSettled([...this.#inFlight]);
  }
}
