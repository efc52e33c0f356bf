import { describe, expect, it } from 'vitest';
import { AlertStateError, publishAlerts, redeliverPending } from '../../../shared/alerts/index.ts';
import { claimAlertRecord } from '../../../shared/ops-state/index.ts';
import { rotated, stuck, useAlertsFixture } from './alerts-fixture.ts';

const fx = useAlertsFixture();
const SNS_OUTAGE = { service: 'sns', action: 'Publish', error: { code: 'InternalError', status: 500 } };

describe('pending alerts', () => {
  it('reports an alert pending when SNS fails after the SDK retries', async () => {
    const fault = await fx.fault(SNS_OUTAGE);

    const report = await publishAlerts(fx.publisher, [rotated('rot-1')]);

    expect(report).toEqual({
      outcomes: [
        {
          alertKey: 'instant#rotated#rot-1',
          kind: 'rotated',
          status: 'pending',
          error: 'InternalErrorException',
        },
      ],
      messagesSent: 0,
      messagesFailed: 1,
    });
    expect(await fx.matched(fault)).toBe(3);
  });

  it('delivers a pending alert through a later redeliverPending', async () => {
    await fx.fault(SNS_OUTAGE);
    await publishAlerts(fx.publisher, [rotated('rot-1'), stuck()]);
    await fx.clearFaults();
    fx.clock.advance(60_000);

    const report = await redeliverPending(fx.publisher);

    expect(report.outcomes.map((o) => [o.alertKey, o.status]).sort()).toEqual([
      ['instant#rotated#rot-1', 'delivered'],
      ['lifecycle#stuck#-#cloak-key', 'delivered'],
    ]);
    const messages = await fx.outbox();
    expect(messages.map((m) => m.subject)).toEqual([
      'HIGH: Rotation of cloak-key is stuck at step test',
      'INFO: Rotated twilio-auth-token',
    ]);
  });

  it('sends nothing more once the pending alerts are delivered', async () => {
    await fx.fault(SNS_OUTAGE);
    await publishAlerts(fx.publisher, [rotated('rot-1')]);
    await fx.clearFaults();
    await redeliverPending(fx.publisher);

    const second = await redeliverPending(fx.publisher);
    const repeat = await publishAlerts(fx.publisher, [rotated('rot-1')]);

    expect(second.outcomes).toEqual([]);
    expect(repeat.outcomes[0]?.status).toBe('suppressed');
    expect(await fx.outbox()).toHaveLength(1);
  });

  it('delivers a pending alert when the same alert is published again', async () => {
    await fx.fault(SNS_OUTAGE);
    await publishAlerts(fx.publisher, [rotated('rot-1')]);
    await fx.clearFaults();

    const again = await publishAlerts(fx.publisher, [rotated('rot-1')]);

    expect(again.outcomes[0]?.status).toBe('delivered');
  });

  it('sends again, after the claim timeout, an alert whose delivery could not be recorded', async () => {
    await fx.fault({ service: 'dynamodb', action: 'UpdateItem', drop: 'before' });
    const first = await publishAlerts(fx.publisher, [rotated('rot-1')]);
    await fx.clearFaults();
    fx.clock.advance(5 * 60_000);

    const later = await redeliverPending(fx.publisher);

    expect(first.outcomes[0]?.status).toBe('delivered');
    expect(later.outcomes[0]?.status).toBe('delivered');
    expect(await fx.outbox()).toHaveLength(2);
  });

  it('leaves a live claim of another invocation alone', async () => {
    await fx.fault({ service: 'dynamodb', action: 'UpdateItem', drop: 'before' });
    await publishAlerts(fx.publisher, [rotated('rot-1')]);
    await fx.clearFaults();
    fx.clock.advance(5 * 60_000 - 1);

    expect((await redeliverPending(fx.publisher)).outcomes).toEqual([]);
  });

  it('reports a record whose payload no longer decodes as pending, without sending it', async () => {
    await claimAlertRecord(fx.table, {
      alertKey: 'instant#removed-rule#evt-1',
      fingerprint: 'fp',
      severity: 'high',
      reNotifyIntervalMs: undefined,
      retentionMs: 8 * 24 * 60 * 60_000,
      claimTimeoutMs: 5 * 60_000,
      payload: '{"v":1,"alert":{"kind":"removed-rule"}}',
    });
    fx.clock.advance(5 * 60_000);

    const report = await redeliverPending(fx.publisher);

    expect(report.outcomes).toEqual([
      { alertKey: 'instant#removed-rule#evt-1', kind: 'unknown', status: 'pending', error: 'InvalidPayload' },
    ]);
    expect(await fx.outbox()).toEqual([]);
  });

  it('throws AlertStateError and sends nothing when the ops table is down', async () => {
    await fx.fault({ service: 'dynamodb', error: { code: 'InternalServerError', status: 500 } });

    const act = publishAlerts(fx.publisher, [rotated('rot-1')]);

    await expect(act).rejects.toBeInstanceOf(AlertStateError);
    await expect(act).rejects.toThrow(/^alert instant#rotated#rot-1 could not be claimed: ops table: /);
    expect(await fx.outbox()).toEqual([]);
  });
});
