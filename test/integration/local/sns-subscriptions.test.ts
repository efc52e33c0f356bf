import {
  ConfirmSubscriptionCommand,
  ListSubscriptionsByTopicCommand,
  SubscribeCommand,
  UnsubscribeCommand,
} from '@aws-sdk/client-sns';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { LOCAL_ACCOUNT } from '../helpers/local-clients.ts';
import { createTopic, refusal, useSnsFixture } from './sns-fixture.ts';
import { type HttpReceiver, startReceiver } from './sns-http-receiver.ts';

const fx = useSnsFixture();
let topicArn: string;
let receiver: HttpReceiver;

beforeEach(async () => {
  topicArn = await createTopic(fx.sns, 'alerts');
  receiver = await startReceiver();
});
afterEach(() => receiver.close());

async function subscribeHttp(): Promise<Record<string, unknown>> {
  await fx.sns.send(new SubscribeCommand({ TopicArn: topicArn, Protocol: 'http', Endpoint: receiver.url }));
  const post = await receiver.next();
  return post.doc ?? {};
}

async function listed(): Promise<string[]> {
  const { Subscriptions } = await fx.sns.send(new ListSubscriptionsByTopicCommand({ TopicArn: topicArn }));
  return (Subscriptions ?? []).map((s) => s.SubscriptionArn ?? '');
}

describe('Subscribe (http)', () => {
  it('answers "pending confirmation"', async () => {
    const { SubscriptionArn } = await fx.sns.send(
      new SubscribeCommand({ TopicArn: topicArn, Protocol: 'http', Endpoint: receiver.url }),
    );

    expect(SubscriptionArn).toBe('pending confirmation');
  });

  it('POSTs a SubscriptionConfirmation with SNS headers to the endpoint', async () => {
    await fx.sns.send(new SubscribeCommand({ TopicArn: topicArn, Protocol: 'http', Endpoint: receiver.url }));

    const post = await receiver.next();
    expect(post.headers).toMatchObject({
      'x-amz-sns-message-type': 'SubscriptionConfirmation',
      'x-amz-sns-message-id': post.doc?.MessageId,
      'x-amz-sns-topic-arn': topicArn,
      'content-type': 'text/plain; charset=UTF-8',
      'user-agent': 'Amazon Simple Notification Service Agent',
    });
    expect(post.doc).toMatchObject({
      Type: 'SubscriptionConfirmation',
      TopicArn: topicArn,
      Token: expect.stringMatching(/^[0-9a-f]{256}$/),
      Message: `You have chosen to subscribe to the topic ${topicArn}.\nTo confirm the subscription, visit the SubscribeURL included in this message.`,
      SubscribeURL: expect.stringContaining(`${fx.h.local.url}/?Action=ConfirmSubscription&TopicArn=`),
      Timestamp: fx.h.clock.now().toISOString(),
      SignatureVersion: '1',
      Signature: expect.any(String),
      SigningCertURL: expect.any(String),
    });
  });

  it('lists the subscription as PendingConfirmation until it is confirmed', async () => {
    await subscribeHttp();

    expect(await listed()).toEqual(['PendingConfirmation']);
  });

  it('is confirmed by ConfirmSubscription with the token', async () => {
    const confirmation = await subscribeHttp();

    const { SubscriptionArn } = await fx.sns.send(
      new ConfirmSubscriptionCommand({ TopicArn: topicArn, Token: String(confirmation.Token) }),
    );

    expect(SubscriptionArn).toMatch(new RegExp(`^${topicArn}:[0-9a-f-]{36}$`));
    expect(await listed()).toEqual([SubscriptionArn]);
  });

  it('is confirmed by a GET of the SubscribeURL', async () => {
    const confirmation = await subscribeHttp();

    const answer = await fetch(String(confirmation.SubscribeURL));

    expect(answer.status).toBe(200);
    const xml = await answer.text();
    expect(xml).toContain('<ConfirmSubscriptionResponse xmlns="http://sns.amazonaws.com/doc/2010-03-31/">');
    expect(await listed()).toEqual([/<SubscriptionArn>(.+)<\/SubscriptionArn>/.exec(xml)?.[1]]);
  });

  it('refuses a token it did not issue', async () => {
    await subscribeHttp();

    const error = await refusal(
      fx.sns.send(new ConfirmSubscriptionCommand({ TopicArn: topicArn, Token: 'ab'.repeat(128) })),
    );

    expect(error).toEqual({ code: 'InvalidParameter', message: 'Invalid parameter: Token', status: 400 });
  });

  it('refuses a token older than two days on the world clock', async () => {
    const confirmation = await subscribeHttp();
    fx.h.clock.advance(2 * 24 * 3_600_000 + 1);

    const error = await refusal(
      fx.sns.send(new ConfirmSubscriptionCommand({ TopicArn: topicArn, Token: String(confirmation.Token) })),
    );

    expect(error.message).toBe('Invalid parameter: Token');
  });

  it('refuses an endpoint that does not match the protocol', async () => {
    const error = await refusal(
      fx.sns.send(new SubscribeCommand({ TopicArn: topicArn, Protocol: 'https', Endpoint: receiver.url })),
    );

    expect(error.message).toBe('Invalid parameter: Endpoint must match the specified protocol');
  });
});

describe('Subscribe (other protocols)', () => {
  it('confirms an SQS subscription at once', async () => {
    const endpoint = `arn:aws:sqs:us-east-1:${LOCAL_ACCOUNT}:alerts-queue`;

    const { SubscriptionArn } = await fx.sns.send(
      new SubscribeCommand({ TopicArn: topicArn, Protocol: 'sqs', Endpoint: endpoint }),
    );

    expect(await listed()).toEqual([SubscriptionArn]);
  });

  it('keeps an email subscription pending and exposes its token on the control API', async () => {
    await fx.sns.send(
      new SubscribeCommand({ TopicArn: topicArn, Protocol: 'email', Endpoint: 'ops@example.com' }),
    );
    const { body } = await fx.h.control('GET', 'sns/subscriptions');

    await fx.sns.send(
      new ConfirmSubscriptionCommand({ TopicArn: topicArn, Token: body.subscriptions[0].token }),
    );

    expect(await listed()).toEqual([body.subscriptions[0].subscriptionArn]);
  });

  it('refuses a protocol SNS does not know', async () => {
    const error = await refusal(
      fx.sns.send(new SubscribeCommand({ TopicArn: topicArn, Protocol: 'pager', Endpoint: 'x' })),
    );

    expect(error.message).toBe('Invalid parameter: Amazon SNS does not support this protocol string: pager');
  });

  it('answers NotFound (404) for a topic that does not exist', async () => {
    const error = await refusal(
      fx.sns.send(
        new SubscribeCommand({
          TopicArn: `${topicArn}-missing`,
          Protocol: 'email',
          Endpoint: 'ops@example.com',
        }),
      ),
    );

    expect(error).toEqual({ code: 'NotFound', message: 'Topic does not exist', status: 404 });
  });
});

describe('Unsubscribe', () => {
  it('removes the subscription', async () => {
    const endpoint = `arn:aws:sqs:us-east-1:${LOCAL_ACCOUNT}:alerts-queue`;
    const { SubscriptionArn } = await fx.sns.send(
      new SubscribeCommand({ TopicArn: topicArn, Protocol: 'sqs', Endpoint: endpoint }),
    );

    await fx.sns.send(new UnsubscribeCommand({ SubscriptionArn }));

    expect(await listed()).toEqual([]);
  });
});
