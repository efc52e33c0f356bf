import { PublishCommand, type PublishCommandInput } from '@aws-sdk/client-sns';
import { beforeEach, describe, expect, it } from 'vitest';
import { createTopic, useSnsFixture } from './sns-fixture.ts';

const fx = useSnsFixture();
let topicArn: string;

beforeEach(async () => {
  topicArn = await createTopic(fx.sns, 'alerts');
});

function publish(input: Partial<PublishCommandInput>) {
  return fx.sns.send(new PublishCommand({ TopicArn: topicArn, Message: 'rotation done', ...input }));
}

describe('outbox', () => {
  it('keeps the published message with its subject, attributes and world-clock time', async () => {
    const { MessageId } = await publish({
      Subject: 'Rotated',
      MessageStructure: 'json',
      Message: JSON.stringify({ default: 'rotated', email: 'Rotated, see runbook' }),
      MessageAttributes: { severity: { DataType: 'String', StringValue: 'info' } },
    });

    const { body } = await fx.h.control('GET', 'sns/outbox');
    expect(body.messages).toEqual([
      expect.objectContaining({
        messageId: MessageId,
        topicArn,
        subject: 'Rotated',
        messages: { default: 'rotated', email: 'Rotated, see runbook' },
        attributes: { severity: { Type: 'String', Value: 'info' } },
        time: fx.h.clock.now().toISOString(),
        deliveries: [],
      }),
    ]);
  });

  it('is emptied by DELETE', async () => {
    await publish({});

    await fx.h.control('DELETE', 'sns/outbox');

    expect((await fx.h.control('GET', 'sns/outbox')).body.messages).toEqual([]);
  });
});
