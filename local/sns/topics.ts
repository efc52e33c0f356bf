/** SNS topics: creation by name (idempotent), attributes, deletion (idempotent), listing. */
import { SNS_LIMITS, TOPIC_ATTRIBUTE_NAMES } from './constants.ts';
import { InvalidParameterError, NotFoundError } from './errors.ts';
import { checkTopicName, parseTopicArn, type TopicRef, topicArn } from './names.ts';

export interface Topic {
  ref: TopicRef;
  attributes: Record<string, string>;
  contentBasedDedup: boolean;
}

export class TopicBook {
  #byArn = new Map<string, Topic>();

  /**
   * Creates the topic, or returns the existing one of that name.
   * Throws InvalidParameterError for a bad name, an unknown attribute, content-based
   * deduplication on a standard topic, or attributes that differ from an existing topic's.
   */
  create(region: string, account: string, name: string, attributes: Record<string, string>): Topic {
    for (const key of Object.keys(attributes)) {
      if (!(TOPIC_ATTRIBUTE_NAMES as readonly string[]).includes(key)) {
        throw new InvalidParameterError('Invalid parameter: AttributeName');
      }
    }
    const fifoAttr = attributes.FifoTopic?.toLowerCase();
    if (fifoAttr !== undefined && fifoAttr !== 'true' && fifoAttr !== 'false') {
      throw new InvalidParameterError('Invalid parameter: FifoTopic Reason: FifoTopic must be true or false');
    }
    const fifo = fifoAttr === 'true';
    checkTopicName(name, fifo);
    const { FifoTopic: _ignored, ...rest } = attributes;
    if (!fifo && rest.ContentBasedDeduplication !== undefined) {
      throw new InvalidParameterError(
        'Invalid parameter: ContentBasedDeduplication Reason: Content-based deduplication can only be set for FIFO topics',
      );
    }
    const arn = topicArn(region, account, name);
    const existing = this.#byArn.get(arn);
    if (existing) {
      const differs = Object.entries(rest).some(([k, v]) => (existing.attributes[k] ?? '') !== v);
      if (differs) {
        throw new InvalidParameterError(
          'Invalid parameter: Attributes Reason: Topic already exists with different attributes',
        );
      }
      return existing;
    }
    const stored = fifo ? { FifoTopic: 'true', ContentBasedDeduplication: 'false', ...rest } : rest;
    const topic: Topic = {
      ref: parseTopicArn(arn),
      attributes: stored,
      contentBasedDedup: stored.ContentBasedDeduplication?.toLowerCase() === 'true',
    };
    this.#byArn.set(arn, topic);
    return topic;
  }

  /** Throws InvalidParameterError for a malformed ARN and NotFoundError `Topic does not exist`. */
  get(arn: string, member = 'TopicArn'): Topic {
    parseTopicArn(arn, member);
    const topic = this.#byArn.get(arn);
    if (!topic) throw new NotFoundError('Topic does not exist');
    return topic;
  }

  /** Deleting a topic that does not exist is not an error. Throws InvalidParameterError for a malformed ARN. */
  delete(arn: string): boolean {
    parseTopicArn(arn);
    return this.#byArn.delete(arn);
  }

  /** One page of 100 ARNs; throws InvalidParameterError `Invalid parameter: NextToken` for a token it did not issue. */
  list(nextToken: string | undefined): { arns: string[]; nextToken: string | undefined } {
    const { items, nextToken: next } = page([...this.#byArn.keys()], nextToken);
    return { arns: items, nextToken: next };
  }

  all(): Topic[] {
    return [...this.#byArn.values()];
  }
}

/** Pages of 100 with an opaque token, as SNS's list actions. */
export function page<T>(
  all: T[],
  nextToken: string | undefined,
): { items: T[]; nextToken: string | undefined } {
  const start = nextToken === undefined ? 0 : Number(Buffer.from(nextToken, 'base64url').toString());
  if (!Number.isInteger(start) || start < 0 || start > all.length) {
    throw new InvalidParameterError('Invalid parameter: NextToken');
  }
  const end = start + SNS_LIMITS.pageSize;
  return {
    items: all.slice(start, end),
    nextToken: end < all.length ? Buffer.from(String(end)).toString('base64url') : undefined,
  };
}
