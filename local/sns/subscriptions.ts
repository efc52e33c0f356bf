/** SNS subscriptions: pending until the endpoint owner confirms with the token SNS sent. */
import { randomBytes, randomUUID } from 'node:crypto';
import { CONFIRMED_BY_ENDPOINT_OWNER, SNS_LIMITS, type SnsProtocol } from './constants.ts';
import { InvalidParameterError } from './errors.ts';
import { subscriptionArn } from './names.ts';
import type { DeliveryRecord } from './outbox.ts';

export interface Subscription {
  arn: string;
  topicArn: string;
  owner: string;
  protocol: SnsProtocol;
  endpoint: string;
  attributes: Record<string, string>;
  pending: boolean;
  /** The confirmation token of a pending subscription and when it was issued (world-clock ms). */
  token?: string;
  tokenIssuedAt?: number;
  /** Confirmation messages sent to the endpoint. */
  confirmations: DeliveryRecord[];
}

export class SubscriptionBook {
  #byArn = new Map<string, Subscription>();

  /** The existing subscription of this endpoint to the topic, if any (Subscribe is idempotent). */
  find(topicArn: string, protocol: string, endpoint: string): Subscription | undefined {
    for (const s of this.#byArn.values()) {
      if (s.topicArn === topicArn && s.protocol === protocol && s.endpoint === endpoint) return s;
    }
    return undefined;
  }

  add(
    topicArn: string,
    owner: string,
    protocol: SnsProtocol,
    endpoint: string,
    attributes: Record<string, string>,
  ): Subscription {
    const sub: Subscription = {
      arn: subscriptionArn(topicArn, randomUUID()),
      topicArn,
      owner,
      protocol,
      endpoint,
      attributes,
      pending: CONFIRMED_BY_ENDPOINT_OWNER.includes(protocol),
      confirmations: [],
    };
    this.#byArn.set(sub.arn, sub);
    return sub;
  }

  /** Issues a fresh confirmation token (a pending subscription gets a new one on every Subscribe). */
  issueToken(sub: Subscription, nowMs: number): string {
    sub.token = randomBytes(128).toString('hex');
    sub.tokenIssuedAt = nowMs;
    return sub.token;
  }

  /**
   * Confirms the subscription the token was issued for; confirming twice is harmless.
   * Throws InvalidParameterError `Invalid parameter: Token` for an unknown or expired token
   * (tokens live two days) and `Invalid parameter: Topic` when it belongs to another topic.
   */
  confirm(topicArn: string, token: string, nowMs: number): Subscription {
    const sub = [...this.#byArn.values()].find((s) => s.token === token);
    const expired =
      sub?.tokenIssuedAt !== undefined && nowMs - sub.tokenIssuedAt > SNS_LIMITS.confirmationTokenTtlMs;
    if (!sub || (sub.pending && expired)) throw new InvalidParameterError('Invalid parameter: Token');
    if (sub.topicArn !== topicArn) throw new InvalidParameterError('Invalid parameter: Topic');
    sub.pending = false;
    return sub;
  }

  get(arn: string): Subscription | undefined {
    return this.#byArn.get(arn);
  }

  remove(arn: string): boolean {
    return this.#byArn.delete(arn);
  }

  ofTopic(topicArn: string): Subscription[] {
    return [...this.#byArn.values()].filter((s) => s.topicArn === topicArn);
  }

  removeTopic(topicArn: string): void {
    for (const s of this.ofTopic(topicArn)) this.#byArn.delete(s.arn);
  }

  all(): Subscription[] {
    return [...this.#byArn.values()];
  }
}
