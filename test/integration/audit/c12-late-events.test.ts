/**
 * C-12 "Late events", exactly as written: a GetParameter at 10:00:00 becomes visible at
 * 10:07; the sweep at 10:05 sees nothing; the sweep at 10:20 finds it and alerts once; the
 * sweep after does not alert again.
 */
import { GetParameterCommand } from '@aws-sdk/client-ssm';
import { beforeEach, describe, expect, it } from 'vitest';
import { useAuditFixture } from './audit-fixture.ts';
import { CLOAK, instantKey, ROLES } from './records.ts';

const fx = useAuditFixture({ start: '2026-03-01T09:59:00Z' });
const PROBE_KEY = 'ASIAPROBE00000000001';

describe('runSweep: C-12 late events', () => {
  let eventId = '';

  beforeEach(async () => {
    await fx.control('POST', 'ssm/parameters', {
      name: CLOAK,
      value: 'not-a-real-key',
      type: 'SecureString',
    });
    await fx.identity({
      type: 'AssumedRole',
      accessKeyId: PROBE_KEY,
      roleArn: ROLES.stranger,
      sessionName: 'probe',
    });
    await fx.control('POST', 'cloudtrail/settings', { deliveryDelayMs: 7 * 60_000 });
    fx.clock.set('2026-03-01T10:00:00Z');
    await fx.h
      .ssmAs({ accessKeyId: PROBE_KEY })
      .send(new GetParameterCommand({ Name: CLOAK, WithDecryption: true }));
    const { records } = (await fx.control('GET', 'cloudtrail/records')).body;
    eventId = records[0].record.eventID;
    expect(records[0].deliverAt).toBe('2026-03-01T10:07:00.000Z');
  });

  it('finds the 10:00 read at 10:20, not at 10:05, and alerts it once', async () => {
    // Prepare
    fx.clock.set('2026-03-01T10:05:00Z');
    // Act
    const at1005 = await fx.sweep({ mode: 'incremental' });
    fx.clock.set('2026-03-01T10:20:00Z');
    const at1020 = await fx.sweep({ mode: 'incremental' });
    fx.clock.set('2026-03-01T10:35:00Z');
    const at1035 = await fx.sweep({ mode: 'incremental' });
    // Assess
    expect(at1005.summary).toMatchObject({
      outcome: 'complete',
      window: { start: '2026-03-01T09:45:00.000Z', end: '2026-03-01T10:05:00.000Z' },
      records: 0,
      findings: {},
    });
    expect(at1020.summary).toMatchObject({
      outcome: 'complete',
      window: { start: '2026-03-01T09:45:00.000Z', end: '2026-03-01T10:20:00.000Z' },
      records: 1,
      findings: { 'unknown-principal-read': 1 },
      alerts: { alerting: 'on', delivered: 1, suppressed: 0, pending: 0 },
    });
    expect(at1035.summary).toMatchObject({
      window: { start: '2026-03-01T10:00:00.000Z', end: '2026-03-01T10:35:00.000Z' },
      records: 1,
      findings: { 'unknown-principal-read': 1 },
      alerts: { delivered: 0, suppressed: 1, pending: 0 },
    });
    expect(await fx.alertKeys()).toEqual([instantKey('unknown-principal-read', eventId)]);
  });
});
