import { PublishCommand, type PublishCommandInput, SubscribeCommand } from '@aws-sdk/client-sns';
import { beforeEach, describe, expect, it } from 'vitest';
import { LOCAL_ACCOUNT } from '../helpers/local-clients.ts';
import { createTopic, refusal, useSnsFixture } from './sns-fixture.ts';

const fx = useSnsFixture();
let fifoArn: string;

beforeEach(async () => {
  fifoArn = await createTopic(fx.sns, 'alerts.fifo', { FifoTopic: 'true' });
});

function publish(input: Partial<PublishCommandInput>) {
  return fx.sns.send(new PublishCommand({ TopicArn: fifoArn, Message: 'rotated', ...input }));
}

describe('Publish to a FIFO topic', () => {
  it('refuses a message without MessageGroupId', async () => {
    const error = await refusal(publish({ MessageDeduplicationId: 'd-1' }));

    expect(error).toEqual({
      code: 'InvalidParameter',
      message: 'Invalid parameter: The MessageGroupId parameter is required for FIFO topics',
      status: 400,
    });
  });

  it('refuses a message without MessageDeduplicationId when content-based deduplication is off', async () => {
    const error = await refusal(publish({ MessageGroupId: 'cloak-key' }));

    expect(error.message).toBe(
      'Invalid parameter: The topic should either have ContentBasedDeduplication enabled or MessageDeduplicationId provided explicitly',
    );
  });

  it('answers MessageId and SequenceNumber', async () => {
    const result = await publish({ MessageGroupId: 'cloak-key', MessageDeduplicationId: 'd-1' });

    expect(result.MessageId).toMatch(/^[0-9a-f-]{36}$/);
    expect(result.SequenceNumber).toMatch(/^\d{20}$/);
  });

  it('accepts a message without MessageDeduplicationId when content-based deduplication is on', async () => {
    const arn = await createTopic(fx.sns, 'dedup.fifo', {
      FifoTopic: 'true',
      ContentBasedDeduplication: 'true',
    });

    const result = await fx.sns.send(
      new PublishCommand({ TopicArn: arn, Message: 'm', MessageGroupId: 'g' }),
    );

    expect(result.SequenceNumber).toBeDefined();
  });

  it('drops a duplicate within five minutes and answers the first message id', async () => {
    const first = await publish({ MessageGroupId: 'cloak-key', MessageDeduplicationId: 'd-1' });
    fx.h.clock.advance(4 * 60_000);

    const second = await publish({ MessageGroupId: 'cloak-key', MessageDeduplicationId: 'd-1' });

    expect(second.MessageId).toBe(first.MessageId);
    const { body } = await fx.h.control('GET', 'sns/outbox');
    expect(body.messages.map((m: { duplicate?: boolean }) => m.duplicate ?? false)).toEqual([false, true]);
  });

  it('accepts the same deduplication id again after five minutes', async () => {
    const first = await publish({ MessageGroupId: 'cloak-key', MessageDeduplicationId: 'd-1' });
    fx.h.clock.advance(5 * 60_000);

    const second = await publish({ MessageGroupId: 'cloak-key', MessageDeduplicationId: 'd-1' });

    expect(second.MessageId).not.toBe(first.MessageId);
  });

  it('keeps the group and deduplication ids in the outbox', async () => {
    await publish({ MessageGroupId: 'cloak-key', MessageDeduplicationId: 'd-1' });

    const { body } = await fx.h.control('GET', 'sns/outbox');
    expect(body.messages[0]).toMatchObject({ messageGroupId: 'cloak-key', messageDeduplicationId: 'd-1' });
  });
});

describe('Subscribe to a FIFO topic', () => {
  it('refuses an HTTP endpoint', async () => {
    const error = await refusal(
      fx.sns.send(
        new SubscribeCommand({ TopicArn: fifoArn, Protocol: 'http', Endpoint: 'http://127.0.0.1:9/x' }),
      ),
    );

    expect(error).toEqual({
      code: 'InvalidParameter',
      message: 'Invalid parameter: Invalid protocol type: http',
      status: 400,
    });
  });

  it('accepts an SQS FIFO queue', async () => {
    const endpoint = `arn:aws:sqs:us-east-1:${LOCAL_ACCOUNT}:alerts.fifo`;

    const { SubscriptionArn } = await fx.sns.send(
      new SubscribeCommand({ TopicArn: fifoArn, Protocol: 'sqs', Endpoint: endpoint }),
    );

    expect(SubscriptionArn).toMatch(new RegExp(`^${fifoArn.replace('.', '\\.')}:`));
  });

  it('refuses an SQS FIFO queue on a standard topic', async () => {
    const standard = await createTopic(fx.sns, 'standard');
    const endpoint = `arn:aws:sqs:us-east-1:${LOCAL_ACCOUNT}:alerts.fifo`;

    const error = await refusal(
      fx.sns.send(new SubscribeCommand({ TopicArn: standard, Protocol: 'sqs', Endpoint: endpoint })),
    );

    expect(error.message).toBe(
      'Invalid parameter: Invalid parameter: Endpoint Reason: FIFO SQS Queues can not be subscribed to standard SNS topics',
    );
  });
});
