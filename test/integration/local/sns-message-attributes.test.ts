import { PublishCommand, type PublishCommandInput } from '@aws-sdk/client-sns';
import { beforeEach, describe, expect, it } from 'vitest';
import { createTopic, refusal, useSnsFixture } from './sns-fixture.ts';

const fx = useSnsFixture();
let topicArn: string;

beforeEach(async () => {
  topicArn = await createTopic(fx.sns, 'alerts');
});

function publish(input: Partial<PublishCommandInput>) {
  return fx.sns.send(new PublishCommand({ TopicArn: topicArn, Message: 'rotation done', ...input }));
}

describe('Publish message attributes', () => {
  it('refuses a Number that does not parse', async () => {
    const error = await refusal(
      publish({ MessageAttributes: { count: { DataType: 'Number', StringValue: 'many' } } }),
    );

    expect(error).toEqual({
      code: 'ParameterValueInvalid',
      message: "Could not cast message attribute 'count' value to number.",
      status: 400,
    });
  });

  it('refuses a data type outside String, Number and Binary', async () => {
    const error = await refusal(
      publish({ MessageAttributes: { kind: { DataType: 'Text', StringValue: 'x' } } }),
    );

    expect(error.message).toBe(
      "The message attribute 'kind' has an invalid message attribute type, the set of supported type prefixes is Binary, Number, and String.",
    );
  });

  it('refuses a Binary attribute given as a string', async () => {
    const error = await refusal(
      publish({ MessageAttributes: { blob: { DataType: 'Binary', StringValue: 'x' } } }),
    );

    expect(error.message).toBe("The message attribute 'blob' with type 'Binary' must use field 'Binary'.");
  });

  it('refuses an empty String value', async () => {
    const error = await refusal(
      publish({ MessageAttributes: { kind: { DataType: 'String', StringValue: '' } } }),
    );

    expect(error.message).toBe(
      "The message attribute 'kind' must contain non-empty message attribute value for message attribute type 'String'.",
    );
  });

  it('accepts a String.Array that is not a JSON array and flags it in the outbox', async () => {
    await publish({ MessageAttributes: { secret: { DataType: 'String.Array', StringValue: 'cloak-key' } } });

    const { body } = await fx.h.control('GET', 'sns/outbox');
    expect(body.messages[0].invalidAttributes).toEqual(['secret']);
  });
});
