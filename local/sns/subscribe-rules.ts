/** Subscribe's rules on protocol, endpoint and subscription attributes. */
import { SNS_PROTOCOLS, type SnsProtocol } from './constants.ts';
import { InvalidParameterError } from './errors.ts';

const SUBSCRIPTION_ATTRIBUTES = [
  'DeliveryPolicy',
  'FilterPolicy',
  'FilterPolicyScope',
  'RawMessageDelivery',
  'RedrivePolicy',
  'SubscriptionRoleArn',
  'ReplayPolicy',
];

/**
 * Returns the protocol when the protocol and endpoint may be subscribed to the topic.
 * Throws InvalidParameterError with SNS's message for an unknown protocol, a protocol a FIFO
 * topic cannot deliver to (FIFO topics deliver only to SQS), a missing endpoint, or an
 * endpoint that does not fit the protocol.
 */
export function checkEndpoint(
  protocol: string,
  endpoint: string | undefined,
  fifoTopic: boolean,
): SnsProtocol {
  if (!(SNS_PROTOCOLS as readonly string[]).includes(protocol)) {
    throw new InvalidParameterError(
      `Invalid parameter: Amazon SNS does not support this protocol string: ${protocol}`,
    );
  }
  const p = protocol as SnsProtocol;
  if (fifoTopic && p !== 'sqs')
    throw new InvalidParameterError(`Invalid parameter: Invalid protocol type: ${p}`);
  if (!endpoint) throw new InvalidParameterError('Invalid parameter: Endpoint');
  if ((p === 'http' || p === 'https') && !isUrl(endpoint, p)) {
    throw new InvalidParameterError('Invalid parameter: Endpoint must match the specified protocol');
  }
  if ((p === 'email' || p === 'email-json') && !/^[^@\s]+@[^@\s]+$/.test(endpoint)) {
    throw new InvalidParameterError('Invalid parameter: Email address');
  }
  if (p === 'sqs' && !/^arn:aws[a-z-]*:sqs:[a-z0-9-]+:\d{12}:[A-Za-z0-9_-]+(\.fifo)?$/.test(endpoint)) {
    throw new InvalidParameterError('Invalid parameter: SQS endpoint ARN');
  }
  if (p === 'sqs' && endpoint.endsWith('.fifo') && !fifoTopic) {
    throw new InvalidParameterError(
      'Invalid parameter: Invalid parameter: Endpoint Reason: FIFO SQS Queues can not be subscribed to standard SNS topics',
    );
  }
  if (
    p === 'lambda' &&
    !/^arn:aws[a-z-]*:lambda:[a-z0-9-]+:\d{12}:function:[A-Za-z0-9_-]+(:[A-Za-z0-9$_-]+)?$/.test(endpoint)
  ) {
    throw new InvalidParameterError('Invalid parameter: Lambda endpoint ARN');
  }
  return p;
}

function isUrl(endpoint: string, protocol: 'http' | 'https'): boolean {
  if (!endpoint.startsWith(`${protocol}://`)) return false;
  try {
    return new URL(endpoint).hostname.length > 0;
  } catch {
    return false;
  }
}

/**
 * Throws InvalidParameterError `Invalid parameter: Attributes Reason: ...` for an unknown
 * attribute name or a RawMessageDelivery that is neither true nor false.
 */
export function checkSubscriptionAttributes(attributes: Record<string, string>): void {
  for (const [name, value] of Object.entries(attributes)) {
    if (!SUBSCRIPTION_ATTRIBUTES.includes(name)) {
      throw new InvalidParameterError('Invalid parameter: Attributes Reason: AttributeName');
    }
    if (name === 'RawMessageDelivery' && !['true', 'false'].includes(value.toLowerCase())) {
      throw new InvalidParameterError(
        `Invalid parameter: Attributes Reason: RawMessageDelivery: Invalid value [${value}]. Must be true or false.`,
      );
    }
  }
}
