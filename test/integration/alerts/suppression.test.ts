import { describe, expect, it } from 'vitest';
import { publishAlerts } from '../../../shared/alerts/index.ts';
import { rotated, stuck, useAlertsFixture } from './alerts-fixture.ts';

const fx = useAlertsFixture();
const HOUR = 60 * 60_000;

describe('publishAlerts suppression', () => {
  it('sends an instant finding once and reports the repeat as suppressed', async () => {
    await publishAlerts(fx.publisher, [rotated('rot-1')]);

    const again = await publishAlerts(fx.publisher, [rotated('rot-1')]);

    expect(again.outcomes).toEqual([
      { alertKey: 'instant#rotated#rot-1', kind: 'rotated', status: 'suppressed' },
    ]);
    expect(await fx.outbox()).toHaveLength(1);
  });

  it('still suppresses an instant finding seen again by the 25-hour reconciliation sweep', async () => {
    await publishAlerts(fx.publisher, [rotated('rot-1')]);
    fx.clock.advance(25 * HOUR);

    const again = await publishAlerts(fx.publisher, [rotated('rot-1')]);

    expect(again.outcomes[0]?.status).toBe('suppressed');
  });

  it('suppresses a lifecycle condition within the re-notify interval', async () => {
    await publishAlerts(fx.publisher, [stuck()]);
    fx.clock.advance(24 * HOUR - 1);

    const again = await publishAlerts(fx.publisher, [stuck()]);

    expect(again.outcomes[0]?.status).toBe('suppressed');
  });

  it('notifies a lifecycle condition again once the re-notify interval passed', async () => {
    await publishAlerts(fx.publisher, [stuck()]);
    fx.clock.advance(24 * HOUR);

    const again = await publishAlerts(fx.publisher, [stuck()]);

    expect(again.outcomes[0]?.status).toBe('delivered');
    expect(await fx.outbox()).toHaveLength(2);
  });

  it('notifies at once when the severity of a condition changes', async () => {
    await publishAlerts(fx.publisher, [stuck()]);

    const raised = await publishAlerts(fx.publisher, [stuck('cloak-key', 'critical')]);

    expect(raised.outcomes[0]?.status).toBe('delivered');
  });

  it('does not notify again when only the evidence or details changed', async () => {
    await publishAlerts(fx.publisher, [stuck()]);

    const again = await publishAlerts(fx.publisher, [
      { ...stuck(), evidence: ['rot-8'], details: 'Four hours now.' },
    ]);

    expect(again.outcomes[0]?.status).toBe('suppressed');
  });

  it('follows the configured re-notify interval', async () => {
    const hourly = { ...fx.publisher, reNotifyIntervalMs: HOUR };
    await publishAlerts(hourly, [stuck()]);
    fx.clock.advance(HOUR);

    expect((await publishAlerts(hourly, [stuck()])).outcomes[0]?.status).toBe('delivered');
  });

  it('sends an alert raised by two invocations at once exactly once', async () => {
    const [a, b] = await Promise.all([
      publishAlerts(fx.publisher, [rotated('rot-1')]),
      publishAlerts(fx.publisher, [rotated('rot-1')]),
    ]);

    expect([a.outcomes[0]?.status, b.outcomes[0]?.status].sort()).toEqual(['delivered', 'suppressed']);
    expect(await fx.outbox()).toHaveLength(1);
  });
});
