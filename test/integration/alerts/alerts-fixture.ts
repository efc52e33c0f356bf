/** Alerts integration: the ops fixture plus a topic, a publisher, and the SNS outbox. */
import { CreateTopicCommand } from '@aws-sdk/client-sns';
import { beforeEach } from 'vitest';
import type { Alert, AlertPublisher } from '../../../shared/alerts/index.ts';
import { type OpsFixture, useOpsFixture } from '../ops-state/local-ops.ts';

export interface OutboxMessage {
  messageId: string;
  subject?: string;
  messages: Record<string, string>;
  attributes: Record<string, { Type: string; Value: string }>;
  messageGroupId?: string;
  messageDeduplicationId?: string;
  duplicate?: boolean;
  deliveries: { protocol: string; status: string; body: string }[];
}

export interface AlertsFixture extends OpsFixture {
  topicArn: string;
  publisher: AlertPublisher;
  createTopic(name: string, attributes?: Record<string, string>): Promise<string>;
  /** Every message the SNS stand-in accepted, after HTTP deliveries in flight settled. */
  outbox(): Promise<OutboxMessage[]>;
}

export function useAlertsFixture(): AlertsFixture {
  const fx = useOpsFixture() as AlertsFixture;
  beforeEach(async () => {
    fx.createTopic = async (name, attributes) => {
      const out = await fx.sns.send(new CreateTopicCommand({ Name: name, Attributes: attributes }));
      return out.TopicArn ?? '';
    };
    fx.topicArn = await fx.createTopic('secret-alerts');
    fx.publisher = { sns: fx.sns, topicArn: fx.topicArn, ops: fx.table };
    fx.outbox = async () => (await fx.h.control('GET', 'sns/outbox?wait=1')).body.messages as OutboxMessage[];
  });
  return fx;
}

export function rotated(rotationId: string, secret = 'twilio-auth-token'): Alert {
  return {
    kind: 'rotated',
    secrets: [secret],
    title: `Rotated ${secret}`,
    details: 'The new value passed its test and is now `current`.',
    evidence: [rotationId],
    identity: { scope: 'instant', rule: 'rotated', eventId: rotationId },
    facts: { newVersion: 4, previousVersion: 3 },
  };
}

export function stuck(secret = 'cloak-key', severity?: Alert['severity']): Alert {
  return {
    kind: 'stuck',
    ...(severity === undefined ? {} : { severity }),
    secrets: [secret],
    title: `Rotation of ${secret} is stuck at step test`,
    details: 'No progress for 3 hours.',
    evidence: ['rot-7'],
    identity: { scope: 'lifecycle', condition: 'stuck', secret },
  };
}
