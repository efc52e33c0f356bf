/** Fixed values of the SNS stand-in: protocol identity, AWS limits, delivery behaviour. */
export const SNS = {
  version: '2010-03-31',
  namespace: 'http://sns.amazonaws.com/doc/2010-03-31/',
  partition: 'aws',
  userAgent: 'Amazon Simple Notification Service Agent',
  contentType: 'text/plain; charset=UTF-8',
  signatureVersion: '1',
  /** Control subpath serving the public key that verifies envelope signatures. */
  signingKeyPath: 'signing-key.pem',
} as const;

export const SNS_LIMITS = {
  /** Message plus message attributes (names, types, values), counted in bytes. */
  maxPublishBytes: 262_144,
  /** Real SNS accepts exactly 100 characters and refuses 101 (the documentation says "less than 100"). */
  maxSubjectChars: 100,
  maxTopicNameChars: 256,
  maxAttributeNameBytes: 256,
  maxGroupIdChars: 128,
  pageSize: 100,
  fifoDedupWindowMs: 5 * 60_000,
  confirmationTokenTtlMs: 2 * 24 * 60 * 60_000,
  /** Default HTTP/S delivery policy: the first attempt and up to three retries. */
  httpRetries: 3,
  httpTimeoutMs: 15_000,
} as const;

/** Protocols Subscribe accepts; http, https, email, email-json, sqs and lambda are modelled in detail. */
export const SNS_PROTOCOLS = [
  'http',
  'https',
  'email',
  'email-json',
  'sqs',
  'lambda',
  'sms',
  'application',
  'firehose',
] as const;
export type SnsProtocol = (typeof SNS_PROTOCOLS)[number];

/** Protocols whose subscriptions wait for ConfirmSubscription (same-account SQS and Lambda do not). */
export const CONFIRMED_BY_ENDPOINT_OWNER: readonly SnsProtocol[] = ['http', 'https', 'email', 'email-json'];

/** Topic attributes CreateTopic accepts. */
export const TOPIC_ATTRIBUTE_NAMES = [
  'DisplayName',
  'Policy',
  'DeliveryPolicy',
  'KmsMasterKeyId',
  'SignatureVersion',
  'TracingConfig',
  'FifoTopic',
  'ContentBasedDeduplication',
  'FifoThroughputScope',
  'ArchivePolicy',
] as const;

export const SNS_ACTIONS = [
  'CreateTopic',
  'DeleteTopic',
  'ListTopics',
  'GetTopicAttributes',
  'Subscribe',
  'ConfirmSubscription',
  'Unsubscribe',
  'ListSubscriptionsByTopic',
  'Publish',
] as const;
export type SnsAction = (typeof SNS_ACTIONS)[number];
