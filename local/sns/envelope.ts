/**
 * The JSON documents SNS POSTs to HTTP/S endpoints (SubscriptionConfirmation, Notification),
 * their headers, and their SignatureVersion 1 signature (SHA1withRSA over SNS's string to
 * sign). The stand-in signs with a key generated per process; its public key is served at
 * `/_local/sns/signing-key.pem`, which `SigningCertURL` names.
 */
import { generateKeyPairSync, type KeyObject, sign } from 'node:crypto';
import { SNS } from './constants.ts';
import type { EnvelopeAttribute } from './message-attributes.ts';

let keys: { privateKey: KeyObject; publicKey: KeyObject } | undefined;

function signingKeys(): { privateKey: KeyObject; publicKey: KeyObject } {
  keys ??= generateKeyPairSync('rsa', { modulusLength: 2048 });
  return keys;
}

/** The PEM public key that verifies every envelope this process signs. */
export function signingPublicKeyPem(): string {
  return signingKeys().publicKey.export({ type: 'spki', format: 'pem' }).toString();
}

/** SNS's string to sign: each present field's name and value on their own lines, in this order. */
const SIGNED_FIELDS = [
  'Message',
  'MessageId',
  'Subject',
  'SubscribeURL',
  'Timestamp',
  'Token',
  'TopicArn',
  'Type',
];

function signed(doc: Record<string, string>, baseUrl: string): Record<string, string> {
  const text = SIGNED_FIELDS.filter((f) => typeof doc[f] === 'string')
    .map((f) => `${f}\n${String(doc[f])}\n`)
    .join('');
  const signature = sign('sha1', Buffer.from(text, 'utf8'), signingKeys().privateKey).toString('base64');
  return {
    ...doc,
    SignatureVersion: SNS.signatureVersion,
    Signature: signature,
    SigningCertURL: `${baseUrl}/_local/sns/${SNS.signingKeyPath}`,
  };
}

export interface ConfirmationInput {
  messageId: string;
  token: string;
  topicArn: string;
  timestamp: string;
  baseUrl: string;
}

export function confirmationDocument(c: ConfirmationInput): Record<string, string> {
  const query = new URLSearchParams({ Action: 'ConfirmSubscription', TopicArn: c.topicArn, Token: c.token });
  return signed(
    {
      Type: 'SubscriptionConfirmation',
      MessageId: c.messageId,
      Token: c.token,
      TopicArn: c.topicArn,
      Message: `You have chosen to subscribe to the topic ${c.topicArn}.\nTo confirm the subscription, visit the SubscribeURL included in this message.`,
      SubscribeURL: `${c.baseUrl}/?${query.toString()}`,
      Timestamp: c.timestamp,
    },
    c.baseUrl,
  );
}

export interface NotificationInput {
  messageId: string;
  topicArn: string;
  subscriptionArn: string;
  subject: string | undefined;
  message: string;
  timestamp: string;
  attributes: Record<string, EnvelopeAttribute>;
  baseUrl: string;
}

export function notificationDocument(n: NotificationInput): Record<string, unknown> {
  const unsubscribe = new URLSearchParams({ Action: 'Unsubscribe', SubscriptionArn: n.subscriptionArn });
  const doc: Record<string, unknown> = signed(
    {
      Type: 'Notification',
      MessageId: n.messageId,
      TopicArn: n.topicArn,
      ...(n.subject === undefined ? {} : { Subject: n.subject }),
      Message: n.message,
      Timestamp: n.timestamp,
    },
    n.baseUrl,
  );
  doc.UnsubscribeURL = `${n.baseUrl}/?${unsubscribe.toString()}`;
  if (Object.keys(n.attributes).length > 0) doc.MessageAttributes = n.attributes;
  return doc;
}

/** The headers of an SNS POST to an HTTP/S endpoint. */
export function envelopeHeaders(
  type: 'SubscriptionConfirmation' | 'Notification',
  messageId: string,
  topicArn: string,
  subscriptionArn: string | undefined,
): Record<string, string> {
  return {
    'x-amz-sns-message-type': type,
    'x-amz-sns-message-id': messageId,
    'x-amz-sns-topic-arn': topicArn,
    ...(subscriptionArn === undefined ? {} : { 'x-amz-sns-subscription-arn': subscriptionArn }),
    'content-type': SNS.contentType,
    'user-agent': SNS.userAgent,
  };
}
