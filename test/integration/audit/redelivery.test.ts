/**
 * A finding whose alert could not be published stays pending in the ops table; the next
 * scheduled sweep sends it first (`redeliverPending`), and its own evaluation of the same
 * event is then suppressed: the alert arrives once.
 */
import { describe, expect, it } from 'vitest';
import { useAuditFixture } from './audit-fixture.ts';
import { cloakRead, instantKey } from './records.ts';

const fx = useAuditFixture();

describe('runSweep: pending alerts', () => {
  it('sends an alert left pending by an earlier sweep, once', async () => {
    // Prepare
    const record = cloakRead(fx.clock.now().getTime() - 60_000);
    await fx.append([record]);
    await fx.control('POST', 'faults', {
      service: 'sns',
      action: 'Publish',
      error: { code: 'InternalError', status: 500 },
      times: 3,
    });
    const first = await fx.sweep({ mode: 'incremental' });
    fx.clock.advance(15 * 60_000);
    // Act
    const second = await fx.sweep({ mode: 'incremental' });
    // Assess
    expect(first.summary.alerts).toMatchObject({ delivered: 0, pending: 1 });
    expect(second.summary.alerts).toMatchObject({ redelivered: 1, delivered: 0, suppressed: 1 });
    expect(await fx.alertKeys()).toEqual([instantKey('unknown-principal-read', String(record.eventID))]);
  });
});
