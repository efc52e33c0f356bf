import {
  CreateTopicCommand,
  DeleteTopicCommand,
  GetTopicAttributesCommand,
  ListTopicsCommand,
} from '@aws-sdk/client-sns';
import { describe, expect, it } from 'vitest';
import { LOCAL_ACCOUNT } from '../helpers/local-clients.ts';
import { refusal, useSnsFixture } from './sns-fixture.ts';

const fx = useSnsFixture();

describe('CreateTopic', () => {
  it('answers the ARN in the world region and account', async () => {
    const { TopicArn } = await fx.sns.send(new CreateTopicCommand({ Name: 'alerts' }));

    expect(TopicArn).toBe(`arn:aws:sns:us-east-1:${LOCAL_ACCOUNT}:alerts`);
  });

  it('is idempotent by name', async () => {
    const first = await fx.sns.send(new CreateTopicCommand({ Name: 'alerts' }));

    const second = await fx.sns.send(new CreateTopicCommand({ Name: 'alerts' }));

    expect(second.TopicArn).toBe(first.TopicArn);
    expect((await fx.sns.send(new ListTopicsCommand({}))).Topics).toHaveLength(1);
  });

  it('refuses a name with a character other than letters, digits, _ and -', async () => {
    const error = await refusal(fx.sns.send(new CreateTopicCommand({ Name: 'ops alerts' })));

    expect(error).toEqual({
      code: 'InvalidParameter',
      message: 'Invalid parameter: Topic Name',
      status: 400,
    });
  });

  it('refuses a name of 257 characters', async () => {
    const error = await refusal(fx.sns.send(new CreateTopicCommand({ Name: 'a'.repeat(257) })));

    expect(error.message).toBe('Invalid parameter: Topic Name');
  });

  it('refuses a .fifo name without FifoTopic=true', async () => {
    const error = await refusal(fx.sns.send(new CreateTopicCommand({ Name: 'alerts.fifo' })));

    expect(error).toEqual({
      code: 'InvalidParameter',
      message: 'Invalid parameter: Topic Name',
      status: 400,
    });
  });

  it('refuses FifoTopic=true without the .fifo suffix', async () => {
    const error = await refusal(
      fx.sns.send(new CreateTopicCommand({ Name: 'alerts', Attributes: { FifoTopic: 'true' } })),
    );

    expect(error.message).toBe('Invalid parameter: Topic Name');
  });

  it('creates a FIFO topic with FifoTopic=true and the .fifo suffix', async () => {
    const { TopicArn } = await fx.sns.send(
      new CreateTopicCommand({ Name: 'alerts.fifo', Attributes: { FifoTopic: 'true' } }),
    );

    const { Attributes } = await fx.sns.send(new GetTopicAttributesCommand({ TopicArn }));
    expect(Attributes).toMatchObject({ FifoTopic: 'true', ContentBasedDeduplication: 'false' });
  });

  it('refuses content-based deduplication on a standard topic', async () => {
    const error = await refusal(
      fx.sns.send(
        new CreateTopicCommand({ Name: 'alerts', Attributes: { ContentBasedDeduplication: 'true' } }),
      ),
    );

    expect(error.code).toBe('InvalidParameter');
  });

  it('refuses to recreate a topic with different attributes', async () => {
    await fx.sns.send(new CreateTopicCommand({ Name: 'alerts', Attributes: { DisplayName: 'Alerts' } }));

    const error = await refusal(
      fx.sns.send(new CreateTopicCommand({ Name: 'alerts', Attributes: { DisplayName: 'Other' } })),
    );

    expect(error.message).toBe(
      'Invalid parameter: Attributes Reason: Topic already exists with different attributes',
    );
  });
});

describe('DeleteTopic', () => {
  it('removes the topic from ListTopics', async () => {
    const { TopicArn } = await fx.sns.send(new CreateTopicCommand({ Name: 'alerts' }));

    await fx.sns.send(new DeleteTopicCommand({ TopicArn }));

    expect((await fx.sns.send(new ListTopicsCommand({}))).Topics).toEqual([]);
  });

  it('succeeds for a topic that does not exist', async () => {
    const result = await fx.sns.send(
      new DeleteTopicCommand({ TopicArn: `arn:aws:sns:us-east-1:${LOCAL_ACCOUNT}:missing` }),
    );

    expect(result.$metadata.httpStatusCode).toBe(200);
  });
});

describe('GetTopicAttributes', () => {
  it('answers NotFound (404) for a topic that does not exist', async () => {
    const error = await refusal(
      fx.sns.send(
        new GetTopicAttributesCommand({ TopicArn: `arn:aws:sns:us-east-1:${LOCAL_ACCOUNT}:missing` }),
      ),
    );

    expect(error).toEqual({ code: 'NotFound', message: 'Topic does not exist', status: 404 });
  });
});
