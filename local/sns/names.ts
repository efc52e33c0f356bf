/** SNS's own rules for topic names and ARNs (independent of the product's parameter-path module). */
import { SNS, SNS_LIMITS } from './constants.ts';
import { InvalidParameterError } from './errors.ts';

export interface TopicRef {
  arn: string;
  region: string;
  account: string;
  name: string;
  fifo: boolean;
}

const NAME = /^[A-Za-z0-9_-]+$/;

/**
 * Checks a topic name against the kind of topic requested.
 * Throws InvalidParameterError `Invalid parameter: Topic Name` for an empty or over-long name,
 * a character outside letters, digits, `_` and `-`, or a `.fifo` suffix that does not match
 * the `FifoTopic` attribute (both directions give this same message).
 */
export function checkTopicName(name: string, fifo: boolean): void {
  const base = fifo && name.endsWith('.fifo') ? name.slice(0, -'.fifo'.length) : name;
  const ok = name.length <= SNS_LIMITS.maxTopicNameChars && base.length > 0 && NAME.test(base);
  if (!ok || (fifo && !name.endsWith('.fifo')))
    throw new InvalidParameterError('Invalid parameter: Topic Name');
}

export function topicArn(region: string, account: string, name: string): string {
  return `arn:${SNS.partition}:sns:${region}:${account}:${name}`;
}

/**
 * Parses a topic ARN given as `TopicArn` (or `TargetArn`).
 * Throws InvalidParameterError `Invalid parameter: TopicArn Reason: An ARN must have at least
 * 6 elements, not N` for too few elements, and `Invalid parameter: TopicArn` for an ARN that is
 * not an SNS topic ARN.
 */
export function parseTopicArn(arn: string, member = 'TopicArn'): TopicRef {
  const parts = arn.split(':');
  if (parts.length < 6) {
    throw new InvalidParameterError(
      `Invalid parameter: ${member} Reason: An ARN must have at least 6 elements, not ${parts.length}`,
    );
  }
  const [prefix, , service, region = '', account = '', ...rest] = parts;
  const name = rest.join(':');
  if (prefix !== 'arn' || service !== 'sns' || !region || !/^\d{12}$/.test(account) || !name) {
    throw new InvalidParameterError(`Invalid parameter: ${member}`);
  }
  return { arn, region, account, name, fifo: name.endsWith('.fifo') };
}

/** Subscription ARNs are the topic ARN plus a UUID. */
export function subscriptionArn(topic: string, id: string): string {
  return `${topic}:${id}`;
}
