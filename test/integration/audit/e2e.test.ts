/**
 * End to end: a seeded unknown principal reads the cloak key with decryption through the
 * SSM stand-in; the scheduled sweep function finds it through LookupEvents and its alert
 * reaches a confirmed HTTP subscriber. No seeded value appears in the function's answer,
 * its logs, the SNS messages or the CloudTrail records.
 */
import { randomBytes } from 'node:crypto';
import { SubscribeCommand } from '@aws-sdk/client-sns';
import { GetParameterCommand } from '@aws-sdk/client-ssm';
import { describe, expect, it } from 'vitest';
import { createAuditSweepHandler } from '../../../functions/audit-sweep.ts';
import { SecretRegistry } from '../../../shared/logging/index.ts';
import { createSecretScan } from '../../helpers/secret-scan.ts';
import { startConfirmingSubscriber } from '../alerts/confirming-subscriber.ts';
import { useAuditFixture } from './audit-fixture.ts';
import { CLOAK, ROLES } from './records.ts';

const fx = useAuditFixture();
const INTRUDER_KEY = 'ASIAINTRUDER00000001';

describe('audit sweep end to end', () => {
  it("delivers the alert of an unknown principal's decrypted read to a confirmed HTTP subscriber", async () => {
    // Prepare
    const values = {
      cloak: randomBytes(32).toString('base64'),
      sid: `AC${randomBytes(16).toString('hex')}`,
      token: randomBytes(16).toString('hex'),
      verify: `VA${randomBytes(16).toString('hex')}`,
    };
    const scan = createSecretScan(Object.values(values));
    const parameter = (name: string, value: string) => ({ name, value, type: 'SecureString' });
    await fx.control('POST', 'ssm/parameters', [
      parameter(CLOAK, values.cloak),
      parameter('/qlarius/twilio/account-sid', values.sid),
      parameter('/qlarius/twilio/auth-token', values.token),
      parameter('/qlarius/twilio/verify-service-sid', values.verify),
    ]);
    await fx.identity({
      type: 'AssumedRole',
      accessKeyId: INTRUDER_KEY,
      roleArn: ROLES.stranger,
      sessionName: 'ci-run-42',
      sourceIp: '203.0.113.7',
      userAgent: 'aws-cli/2.15.0',
    });
    const subscriber = await startConfirmingSubscriber();
    await fx.sns.send(
      new SubscribeCommand({ TopicArn: fx.topicArn, Protocol: 'http', Endpoint: subscriber.url }),
    );
    await subscriber.confirmed;
    const read = await fx.h
      .ssmAs({ accessKeyId: INTRUDER_KEY })
      .send(new GetParameterCommand({ Name: CLOAK, WithDecryption: true }));
    const eventId = (await fx.control('GET', 'cloudtrail/records')).body.records[0].record.eventID;
    fx.clock.advance(5 * 60_000);
    const logger = fx.table.logger as NonNullable<typeof fx.table.logger>;
    const handler = createAuditSweepHandler({ ...fx.deps(), logger, secrets: new SecretRegistry() });
    try {
      // Act
      const answer = await handler({ mode: 'incremental' }, {
        functionName: 'audit-sweep',
        awsRequestId: 'req-e2e',
        getRemainingTimeInMillis: () => 840_000,
      } as never);
      await fx.outbox();
      // Assess
      expect(read.Parameter?.Value).toBe(values.cloak);
      expect(answer).toMatchObject({ outcome: 'complete', findings: { 'unknown-principal-read': 1 } });
      const [notification] = subscriber.notifications;
      expect(subscriber.notifications).toHaveLength(1);
      expect(notification?.Subject).toBe('HIGH: Unknown principal read cloak-key');
      expect(notification?.MessageAttributes).toEqual({
        severity: { Type: 'String', Value: 'high' },
        kind: { Type: 'String', Value: 'unknown-principal-read' },
        secret: { Type: 'String.Array', Value: '["cloak-key"]' },
      });
      expect(JSON.parse(notification?.Message ?? '{}').alerts[0]).toMatchObject({
        kind: 'unknown-principal-read',
        severity: 'high',
        secrets: ['cloak-key'],
        evidence: [eventId],
        alertKey: `instant#unknown-principal-read#${eventId}`,
        facts: {
          principal: ROLES.stranger,
          principalGroup: 'unknown',
          withDecryption: true,
          source: '203.0.113.7',
        },
      });
      scan.add('handler answer', answer);
      scan.add('notifications', subscriber.notifications);
      for (const line of fx.logs.lines) scan.add('product log', line);
      await scan.addLocalOutputs(fx.h.local.controlUrl);
      scan.assertClean();
    } finally {
      await subscriber.close();
    }
  });
});
