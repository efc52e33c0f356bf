import { createPublicKey, verify } from 'node:crypto';
import { ConfirmSubscriptionCommand, PublishCommand, SubscribeCommand } from '@aws-sdk/client-sns';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTopic, useSnsFixture } from './sns-fixture.ts';
import { type HttpReceiver, startReceiver } from './sns-http-receiver.ts';

const fx = useSnsFixture();
let topicArn: string;
let receiver: HttpReceiver;
let subscriptionArn: string;

beforeEach(async () => {
  topicArn = await createTopic(fx.sns, 'alerts');
  receiver = await startReceiver();
  await fx.sns.send(new SubscribeCommand({ TopicArn: topicArn, Protocol: 'http', Endpoint: receiver.url }));
  const token = String((await receiver.next()).doc?.Token);
  const confirmed = await fx.sns.send(new ConfirmSubscriptionCommand({ TopicArn: topicArn, Token: token }));
  subscriptionArn = confirmed.SubscriptionArn ?? '';
});
afterEach(() => receiver.close());

async function outbox() {
  return (await fx.h.control('GET', 'sns/outbox?wait=1')).body.messages;
}

describe('delivery to a confirmed HTTP subscription', () => {
  it('POSTs the Notification envelope with SNS headers', async () => {
    const { MessageId } = await fx.sns.send(
      new PublishCommand({
        TopicArn: topicArn,
        Subject: 'Rotated',
        Message: 'cloak-key rotated',
        MessageAttributes: {
          severity: { DataType: 'String', StringValue: 'info' },
          secret: { DataType: 'String.Array', StringValue: '["cloak-key"]' },
        },
      }),
    );

    const post = await receiver.next();
    expect(post.headers).toMatchObject({
      'x-amz-sns-message-type': 'Notification',
      'x-amz-sns-message-id': MessageId,
      'x-amz-sns-topic-arn': topicArn,
      'x-amz-sns-subscription-arn': subscriptionArn,
      'content-type': 'text/plain; charset=UTF-8',
      'user-agent': 'Amazon Simple Notification Service Agent',
    });
    expect(post.doc).toEqual({
      Type: 'Notification',
      MessageId,
      TopicArn: topicArn,
      Subject: 'Rotated',
      Message: 'cloak-key rotated',
      Timestamp: fx.h.clock.now().toISOString(),
      SignatureVersion: '1',
      Signature: expect.any(String),
      SigningCertURL: `${fx.h.local.url}/_local/sns/signing-key.pem`,
      UnsubscribeURL: `${fx.h.local.url}/?Action=Unsubscribe&SubscriptionArn=${encodeURIComponent(subscriptionArn)}`,
      MessageAttributes: {
        severity: { Type: 'String', Value: 'info' },
        secret: { Type: 'String.Array', Value: '["cloak-key"]' },
      },
    });
  });

  it('leaves Subject out of the envelope when none was published', async () => {
    await fx.sns.send(new PublishCommand({ TopicArn: topicArn, Message: 'no subject' }));

    const post = await receiver.next();
    expect(post.doc && 'Subject' in post.doc).toBe(false);
  });

  it('signs the envelope so the key at SigningCertURL verifies it', async () => {
    await fx.sns.send(new PublishCommand({ TopicArn: topicArn, Subject: 'S', Message: 'signed' }));
    const doc = (await receiver.next()).doc ?? {};
    const pem = await (await fetch(String(doc.SigningCertURL))).text();

    const fields = ['Message', 'MessageId', 'Subject', 'Timestamp', 'TopicArn', 'Type'];
    const text = fields.map((f) => `${f}\n${String(doc[f])}\n`).join('');

    expect(
      verify('sha1', Buffer.from(text), createPublicKey(pem), Buffer.from(String(doc.Signature), 'base64')),
    ).toBe(true);
  });

  it('delivers the http value of a MessageStructure=json message', async () => {
    const message = JSON.stringify({ default: 'text', http: '{"kind":"rotated"}' });

    await fx.sns.send(new PublishCommand({ TopicArn: topicArn, MessageStructure: 'json', Message: message }));

    expect((await receiver.next()).doc?.Message).toBe('{"kind":"rotated"}');
  });

  it('records the delivery in the outbox', async () => {
    await fx.sns.send(new PublishCommand({ TopicArn: topicArn, Message: 'recorded' }));

    const [entry] = await outbox();
    expect(entry.deliveries).toEqual([
      expect.objectContaining({
        subscriptionArn,
        protocol: 'http',
        endpoint: receiver.url,
        status: 'delivered',
        attempts: [{ time: fx.h.clock.now().toISOString(), status: 200 }],
      }),
    ]);
  });

  it('retries a 5xx answer three times, then records the delivery as failed', async () => {
    receiver.answerWith(500);

    await fx.sns.send(new PublishCommand({ TopicArn: topicArn, Message: 'lost' }));

    const [entry] = await outbox();
    expect(entry.deliveries[0].status).toBe('failed');
    expect(entry.deliveries[0].attempts.map((a: { status: number }) => a.status)).toEqual([
      500, 500, 500, 500,
    ]);
  });

  it('does not retry a 4xx answer', async () => {
    receiver.answerWith(403);

    await fx.sns.send(new PublishCommand({ TopicArn: topicArn, Message: 'refused' }));

    const [entry] = await outbox();
    expect(entry.deliveries[0]).toMatchObject({ status: 'failed', attempts: [{ status: 403 }] });
  });

  it('stops delivering after a GET of the UnsubscribeURL', async () => {
    await fx.sns.send(new PublishCommand({ TopicArn: topicArn, Message: 'first' }));
    const unsubscribe = String((await receiver.next()).doc?.UnsubscribeURL);

    expect((await fetch(unsubscribe)).status).toBe(200);
    await fx.sns.send(new PublishCommand({ TopicArn: topicArn, Message: 'second' }));

    const entries = await outbox();
    expect(entries[1].deliveries).toEqual([]);
  });
});

describe('delivery to an unconfirmed HTTP subscription', () => {
  it('sends nothing until the subscription is confirmed', async () => {
    const other = await startReceiver();
    await fx.sns.send(new SubscribeCommand({ TopicArn: topicArn, Protocol: 'http', Endpoint: other.url }));
    await other.next();

    await fx.sns.send(new PublishCommand({ TopicArn: topicArn, Message: 'only for confirmed' }));

    const [entry] = await outbox();
    expect(entry.deliveries.map((d: { endpoint: string }) => d.endpoint)).toEqual([receiver.url]);
    expect(other.posts).toHaveLength(1);
    await other.close();
  });
});
