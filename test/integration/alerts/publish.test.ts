import { SubscribeCommand } from '@aws-sdk/client-sns';
import { describe, expect, it } from 'vitest';
import { InvalidAlertError, publishAlerts } from '../../../shared/alerts/index.ts';
import { rotated, stuck, useAlertsFixture } from './alerts-fixture.ts';
import { startConfirmingSubscriber } from './confirming-subscriber.ts';

const fx = useAlertsFixture();

describe('publishAlerts', () => {
  it('delivers the JSON document and the filter attributes to a confirmed HTTP subscriber', async () => {
    const subscriber = await startConfirmingSubscriber();
    try {
      await fx.sns.send(
        new SubscribeCommand({ TopicArn: fx.topicArn, Protocol: 'http', Endpoint: subscriber.url }),
      );
      await subscriber.confirmed;

      const report = await publishAlerts(fx.publisher, [rotated('rot-1')]);
      await fx.outbox();

      expect(report.outcomes).toEqual([
        {
          alertKey: 'instant#rotated#rot-1',
          kind: 'rotated',
          status: 'delivered',
          messageId: subscriber.notifications[0]?.MessageId,
        },
      ]);
      const [notification] = subscriber.notifications;
      expect(notification?.Subject).toBe('INFO: Rotated twilio-auth-token');
      expect(notification?.MessageAttributes).toEqual({
        severity: { Type: 'String', Value: 'info' },
        kind: { Type: 'String', Value: 'rotated' },
        secret: { Type: 'String.Array', Value: '["twilio-auth-token"]' },
      });
      expect(JSON.parse(notification?.Message ?? '')).toMatchObject({
        schema: 'ssm-rotation-audit/alerts/v1',
        severity: 'info',
        count: 1,
        alerts: [
          {
            kind: 'rotated',
            title: 'Rotated twilio-auth-token',
            facts: { newVersion: 4, previousVersion: 3 },
          },
        ],
      });
    } finally {
      await subscriber.close();
    }
  });

  it('gives email readable text and machines the JSON document', async () => {
    await publishAlerts(fx.publisher, [rotated('rot-1')]);

    const [message] = await fx.outbox();

    expect(message?.messages.email).toMatch(
      /^1 info alert from ssm-rotation-audit\n\n\[INFO\] rotated: Rotated twilio-auth-token\n/,
    );
    expect(JSON.parse(message?.messages.sqs ?? '').alerts[0].alertKey).toBe('instant#rotated#rot-1');
  });

  it('publishes a 140,000-character multibyte body within SNS limits, summarised', async () => {
    const body = 'é✅ab'.repeat(35_000);

    const report = await publishAlerts(fx.publisher, [{ ...stuck(), details: body }]);
    const [message] = await fx.outbox();

    expect(body.length).toBe(140_000);
    expect(report.outcomes[0]?.status).toBe('delivered');
    expect(message?.messages.default).toContain('Rotation of cloak-key is stuck at step test');
    expect(message?.messages.default).toMatch(
      /\[Too large for one SNS message: \d+ characters of the details/,
    );
  });

  it('sends a non-ASCII, multi-line title with a sanitised subject and the whole title in the body (C-14)', async () => {
    const report = await publishAlerts(fx.publisher, [{ ...stuck(), title: 'Clé tournée ✅\nprod' }]);
    const [message] = await fx.outbox();

    expect(report.outcomes[0]?.status).toBe('delivered');
    expect(message?.subject).toBe('HIGH: Cle tournee prod');
    expect(message?.messages.default).toContain('Clé tournée ✅\nprod');
  });

  it('aggregates alerts of one severity into one message and never mixes severities', async () => {
    const alerts = [
      rotated('rot-1'),
      stuck('cloak-key'),
      rotated('rot-2', 'cloak-key'),
      stuck('twilio-auth-token'),
    ];

    const report = await publishAlerts(fx.publisher, alerts);
    const messages = await fx.outbox();

    expect(report.messagesSent).toBe(2);
    expect(
      messages.map((m) => [m.attributes.severity?.Value, JSON.parse(m.messages.http ?? '').count]),
    ).toEqual([
      ['high', 2],
      ['info', 2],
    ]);
    expect(messages[1]?.attributes.secret?.Value).toBe('["cloak-key","twilio-auth-token"]');
  });

  it('gives FIFO topics a message group per secret and a deduplication id (C-15)', async () => {
    const fifoArn = await fx.createTopic('secret-alerts.fifo', { FifoTopic: 'true' });

    await publishAlerts({ ...fx.publisher, topicArn: fifoArn }, [rotated('rot-1', 'cloak-key')]);
    const [message] = await fx.outbox();

    expect(message?.messageGroupId).toBe('cloak-key');
    expect(message?.messageDeduplicationId).toMatch(/^[0-9a-f]{64}$/);
  });

  it('gives standard topics neither FIFO id (C-15)', async () => {
    await publishAlerts(fx.publisher, [rotated('rot-1', 'cloak-key')]);
    const [message] = await fx.outbox();

    expect(message?.messageGroupId).toBeUndefined();
    expect(message?.messageDeduplicationId).toBeUndefined();
  });

  it('replaces registered secret values before anything leaves', async () => {
    const value = 'AC0ffee-fake-token-value-0123456789';

    await publishAlerts({ ...fx.publisher, secretValues: [value] }, [
      { ...stuck(), details: `token ${value} failed` },
    ]);
    const [message] = await fx.outbox();

    expect(JSON.stringify(message)).not.toContain(value);
    expect(message?.messages.default).toContain('token [REDACTED] failed');
  });

  it('refuses an invalid alert before claiming or sending anything', async () => {
    const act = publishAlerts(fx.publisher, [rotated('rot-1'), { ...stuck(), secrets: [''] }]);

    await expect(act).rejects.toBeInstanceOf(InvalidAlertError);
    await expect(act).rejects.toThrow('alerts[1].secrets[0]: must not be blank');
    expect(await fx.outbox()).toEqual([]);
  });

  it('refuses an unknown publisher option', async () => {
    const act = publishAlerts({ ...fx.publisher, renotify: 5 } as never, [rotated('rot-1')]);

    await expect(act).rejects.toThrow('publisher.renotify: unknown option');
  });
});
