import { PublishCommand, type PublishCommandInput } from '@aws-sdk/client-sns';
import { beforeEach, describe, expect, it } from 'vitest';
import { LOCAL_ACCOUNT } from '../helpers/local-clients.ts';
import { createTopic, refusal, useSnsFixture } from './sns-fixture.ts';

const fx = useSnsFixture();
let topicArn: string;

beforeEach(async () => {
  topicArn = await createTopic(fx.sns, 'alerts');
});

function publish(input: Partial<PublishCommandInput>) {
  return fx.sns.send(new PublishCommand({ TopicArn: topicArn, Message: 'rotation done', ...input }));
}

describe('Publish subject', () => {
  it('refuses an empty subject', async () => {
    const error = await refusal(publish({ Subject: '' }));

    expect(error).toEqual({ code: 'InvalidParameter', message: 'Invalid parameter: Subject', status: 400 });
  });

  it('accepts a subject of exactly 100 characters', async () => {
    const { MessageId } = await publish({ Subject: 's'.repeat(100) });

    expect(MessageId).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('refuses a subject of 101 characters', async () => {
    const error = await refusal(publish({ Subject: 's'.repeat(101) }));

    expect(error.message).toBe('Invalid parameter: Subject');
  });

  it('refuses a subject with a line break', async () => {
    const error = await refusal(publish({ Subject: 'rotated\nagain' }));

    expect(error).toEqual({ code: 'InvalidParameter', message: 'Invalid parameter: Subject', status: 400 });
  });

  it('refuses a subject with a control character', async () => {
    const error = await refusal(publish({ Subject: 'rotated\tagain' }));

    expect(error.message).toBe('Invalid parameter: Subject');
  });
});

describe('Publish message', () => {
  it('refuses an empty message', async () => {
    const error = await refusal(publish({ Message: '' }));

    expect(error).toEqual({
      code: 'InvalidParameter',
      message: 'Invalid parameter: Empty message',
      status: 400,
    });
  });

  it('accepts a message of exactly 262,144 bytes', async () => {
    const { MessageId } = await publish({ Message: 'm'.repeat(262_144) });

    expect(MessageId).toBeDefined();
  });

  it('refuses a message of 262,145 bytes', async () => {
    const error = await refusal(publish({ Message: 'm'.repeat(262_145) }));

    expect(error).toEqual({
      code: 'InvalidParameter',
      message: 'Invalid parameter: Message too long',
      status: 400,
    });
  });

  it('counts bytes, not characters', async () => {
    const error = await refusal(publish({ Message: 'é'.repeat(131_073) }));

    expect(error.message).toBe('Invalid parameter: Message too long');
  });

  it('counts message attributes (name, type and value) in the limit', async () => {
    const attribute = { severity: { DataType: 'String', StringValue: 'high' } };

    const error = await refusal(publish({ Message: 'm'.repeat(262_144 - 17), MessageAttributes: attribute }));

    expect(error.message).toBe('Invalid parameter: Message too long');
  });
});

describe('Publish MessageStructure=json', () => {
  it('refuses a body without a default key', async () => {
    const error = await refusal(publish({ MessageStructure: 'json', Message: '{"email":"text"}' }));

    expect(error.message).toBe(
      'Invalid parameter: Message Structure - No default entry in JSON message body',
    );
  });

  it('refuses a body that is not JSON', async () => {
    const error = await refusal(publish({ MessageStructure: 'json', Message: 'not json' }));

    expect(error).toEqual({
      code: 'InvalidParameter',
      message: 'Invalid parameter: Message Structure - JSON message body failed to parse',
      status: 400,
    });
  });

  it('ignores non-string values, so a non-string default is missing', async () => {
    const error = await refusal(publish({ MessageStructure: 'json', Message: '{"default":{"a":1}}' }));

    expect(error.message).toBe(
      'Invalid parameter: Message Structure - No default entry in JSON message body',
    );
  });
});

describe('Publish target', () => {
  it('answers NotFound (404) for a topic that does not exist', async () => {
    const error = await refusal(publish({ TopicArn: `arn:aws:sns:us-east-1:${LOCAL_ACCOUNT}:missing` }));

    expect(error).toEqual({ code: 'NotFound', message: 'Topic does not exist', status: 404 });
  });

  it('refuses a malformed topic ARN', async () => {
    const error = await refusal(publish({ TopicArn: 'alerts' }));

    expect(error.message).toBe(
      'Invalid parameter: TopicArn Reason: An ARN must have at least 6 elements, not 1',
    );
  });

  it('refuses a publish without TopicArn or TargetArn', async () => {
    const error = await refusal(publish({ TopicArn: undefined }));

    expect(error.message).toBe(
      'Invalid parameter: TopicArn or TargetArn Reason: no value for required parameter',
    );
  });

  it('refuses MessageDeduplicationId on a standard topic', async () => {
    const error = await refusal(publish({ MessageDeduplicationId: 'd-1' }));

    expect(error.message).toBe(
      'Invalid parameter: MessageDeduplicationId Reason: The request includes MessageDeduplicationId parameter that is not valid for this topic type',
    );
  });

  it('accepts MessageGroupId on a standard topic (fair queues)', async () => {
    const result = await publish({ MessageGroupId: 'tenant-1' });

    expect(result.SequenceNumber).toBeUndefined();
  });
});

describe('injected faults', () => {
  it('answers an injected throttle as the query protocol error the SDK reads', async () => {
    await fx.h.control('POST', 'faults', {
      service: 'sns',
      action: 'Publish',
      error: { code: 'Throttled', status: 429, message: 'Rate exceeded' },
    });

    const error = await refusal(publish({}));

    expect(error).toEqual({ code: 'Throttled', message: 'Rate exceeded', status: 429 });
  });
});
