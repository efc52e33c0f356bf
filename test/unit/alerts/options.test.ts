import { describe, expect, it } from 'vitest';
import { type AlertPublisher, InvalidAlertError } from '../../../shared/alerts/index.ts';
import { resolveSettings } from '../../../shared/alerts/options.ts';
import { ManualClock } from '../../../shared/clock/index.ts';
import { STANDARD_TOPIC } from './alert-fixtures.ts';

const publisher = {
  sns: {},
  topicArn: STANDARD_TOPIC,
  ops: { client: {}, tableName: 'ops', clock: new ManualClock() },
} as unknown as AlertPublisher;

describe('resolveSettings', () => {
  it('fills in a 24-hour re-notify interval and a 5-minute claim timeout', () => {
    expect(resolveSettings(publisher)).toEqual({
      reNotifyIntervalMs: 86_400_000,
      claimTimeoutMs: 300_000,
      secretValues: [],
    });
  });

  it('keeps a configured re-notify interval', () => {
    expect(resolveSettings({ ...publisher, reNotifyIntervalMs: 3_600_000 }).reNotifyIntervalMs).toBe(
      3_600_000,
    );
  });

  it('refuses a topic ARN that is not an SNS topic', () => {
    const act = () => resolveSettings({ ...publisher, topicArn: 'arn:aws:sqs:us-east-1:111122223333:q' });

    expect(act).toThrow(InvalidAlertError);
    expect(act).toThrow('publisher.topicArn: not an SNS topic ARN: arn:aws:sqs:us-east-1:111122223333:q');
  });

  it('refuses a re-notify interval that is not a positive whole number of ms', () => {
    expect(() => resolveSettings({ ...publisher, reNotifyIntervalMs: 0 })).toThrow(
      'publisher.reNotifyIntervalMs: must be a positive whole number of ms, got 0',
    );
  });

  it('refuses an unknown option', () => {
    expect(() => resolveSettings({ ...publisher, topic: 'x' } as unknown as AlertPublisher)).toThrow(
      'publisher.topic: unknown option',
    );
  });
});
