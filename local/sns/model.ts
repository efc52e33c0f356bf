/**
 * The SNS stand-in's semantics: topics, subscriptions with the confirmation handshake, and
 * publishing. Routes call one method per action; every method throws an SnsError for a
 * request the service refuses.
 */
import type { LocalClock } from '../core/clock.ts';
import { sendConfirmation } from './confirmation.ts';
import { InvalidParameterError } from './errors.ts';
import { parseTopicArn } from './names.ts';
import { Outbox } from './outbox.ts';
import { Publisher, type PublishInput, type PublishResult } from './publisher.ts';
import { checkEndpoint, checkSubscriptionAttributes } from './subscribe-rules.ts';
import { type Subscription, SubscriptionBook } from './subscriptions.ts';
import { page, TopicBook } from './topics.ts';

/** Who is calling and where: the region and account topics are created in, the base URL for links. */
export interface CallContext {
  region: string;
  account: string;
  baseUrl: string;
}

export interface SubscribeInput {
  topicArn: string;
  protocol: string;
  endpoint: string | undefined;
  attributes: Record<string, string>;
  returnSubscriptionArn: boolean;
}

export class SnsModel {
  readonly outbox = new Outbox();
  #topics = new TopicBook();
  #subs = new SubscriptionBook();
  #publisher: Publisher;

  constructor(private readonly clock: LocalClock) {
    this.#publisher = new Publisher(clock, this.#topics, this.#subs, this.outbox);
  }

  createTopic(ctx: CallContext, name: string, attributes: Record<string, string>): string {
    return this.#topics.create(ctx.region, ctx.account, name, attributes).ref.arn;
  }

  deleteTopic(arn: string): void {
    if (this.#topics.delete(arn)) this.#subs.removeTopic(arn);
  }

  listTopics(nextToken: string | undefined): { arns: string[]; nextToken: string | undefined } {
    return this.#topics.list(nextToken);
  }

  topicAttributes(arn: string): Record<string, string> {
    const topic = this.#topics.get(arn);
    const subs = this.#subs.ofTopic(arn);
    return {
      TopicArn: arn,
      Owner: topic.ref.account,
      DisplayName: '',
      SubscriptionsConfirmed: String(subs.filter((s) => !s.pending).length),
      SubscriptionsPending: String(subs.filter((s) => s.pending).length),
      SubscriptionsDeleted: '0',
      ...topic.attributes,
    };
  }

  /** Returns the subscription ARN, or `pending confirmation` until the endpoint owner confirms. */
  subscribe(ctx: CallContext, input: SubscribeInput): string {
    const topic = this.#topics.get(input.topicArn);
    const protocol = checkEndpoint(input.protocol, input.endpoint, topic.ref.fifo);
    const endpoint = input.endpoint ?? '';
    checkSubscriptionAttributes(input.attributes);
    const existing = this.#subs.find(input.topicArn, protocol, endpoint);
    const sub = existing ?? this.#subs.add(input.topicArn, ctx.account, protocol, endpoint, input.attributes);
    if (!sub.pending) return sub.arn;
    sendConfirmation(
      sub,
      this.#subs.issueToken(sub, this.clock.now().getTime()),
      this.clock,
      this.outbox,
      ctx.baseUrl,
    );
    return input.returnSubscriptionArn ? sub.arn : 'pending confirmation';
  }

  /** ConfirmSubscription, by the API or a GET of the SubscribeURL. */
  confirmSubscription(topicArn: string, token: string): string {
    parseTopicArn(topicArn);
    return this.#subs.confirm(topicArn, token, this.clock.now().getTime()).arn;
  }

  /** Unsubscribing twice is not an error. Throws InvalidParameterError for a malformed ARN. */
  unsubscribe(arn: string): void {
    const ref = parseTopicArn(arn, 'SubscriptionArn');
    if (!ref.name.includes(':')) throw new InvalidParameterError('Invalid parameter: SubscriptionId');
    this.#subs.remove(arn);
  }

  listSubscriptionsByTopic(
    topicArn: string,
    nextToken: string | undefined,
  ): {
    subscriptions: Subscription[];
    nextToken: string | undefined;
  } {
    this.#topics.get(topicArn);
    const { items, nextToken: next } = page(this.#subs.ofTopic(topicArn), nextToken);
    return { subscriptions: items, nextToken: next };
  }

  publish(ctx: CallContext, input: PublishInput): PublishResult {
    return this.#publisher.publish(input, ctx.baseUrl);
  }

  topicArns(): string[] {
    return this.#topics.all().map((t) => t.ref.arn);
  }

  /** Every subscription with its state and confirmation token (control API). */
  subscriptions(): readonly Subscription[] {
    return this.#subs.all();
  }

  reset(): void {
    this.#topics = new TopicBook();
    this.#subs = new SubscriptionBook();
    this.#publisher = new Publisher(this.clock, this.#topics, this.#subs, this.outbox);
    this.outbox.clear();
  }
}
