/**
 * The real-time path (EventBridge `AWS API Call via CloudTrail` events from `aws.ssm`):
 * instant rules only, the same alert key as the sweep's (so a finding is alerted once
 * whichever path sees it first), malformed events reported and skipped, and the sweep's
 * windowed rules still fed with events the real-time path saw first.
 */
import { describe, expect, it } from 'vitest';
import { createAuditStreamHandler } from '../../../functions/audit-stream.ts';
import { SecretRegistry } from '../../../shared/logging/index.ts';
import { lastRuns } from '../../../shared/ops-state/index.ts';
import { useAuditFixture } from './audit-fixture.ts';
import { cloakDenied, cloakRead, eventBridgeEvent, instantKey, ROLES } from './records.ts';

const fx = useAuditFixture();
const context = { functionName: 'audit-stream', awsRequestId: 'req-1' };

describe('evaluateStreamEvent', () => {
  it('alerts an unknown principal reading the cloak key, with the rule and event id as key', async () => {
    // Prepare
    const record = cloakRead(fx.clock.now());
    // Act
    const result = await fx.stream(eventBridgeEvent(record));
    // Assess
    expect(result).toMatchObject({
      outcome: 'evaluated',
      eventId: record.eventID,
      eventName: 'GetParameter',
      alerts: { alerting: 'on', delivered: 1, suppressed: 0, pending: 0 },
    });
    expect(result.findings.map((f) => [f.rule, f.severity, f.secrets])).toEqual([
      ['unknown-principal-read', 'high', ['cloak-key']],
    ]);
    expect(await fx.alertKeys()).toEqual([instantKey('unknown-principal-read', String(record.eventID))]);
  });

  it('lets the sweep evaluate an event the real-time path alerted, without alerting it again', async () => {
    // Prepare
    const record = cloakRead(fx.clock.now().getTime() - 60_000);
    await fx.append([record]);
    await fx.stream(eventBridgeEvent(record));
    // Act
    const { summary } = await fx.sweep({ mode: 'incremental' });
    // Assess
    expect(summary).toMatchObject({
      records: 1,
      findings: { 'unknown-principal-read': 1 },
      alerts: { delivered: 0, suppressed: 1 },
    });
    expect(await fx.alertKeys()).toHaveLength(1);
  });

  it('leaves an event the sweep alerted first suppressed on the real-time path', async () => {
    // Prepare
    const record = cloakRead(fx.clock.now().getTime() - 60_000);
    await fx.append([record]);
    await fx.sweep({ mode: 'incremental' });
    // Act
    const result = await fx.stream(eventBridgeEvent(record));
    // Assess
    expect(result.alerts).toMatchObject({ delivered: 0, suppressed: 1 });
    expect(await fx.alertKeys()).toEqual([instantKey('unknown-principal-read', String(record.eventID))]);
  });

  it('runs no windowed rule: denied calls seen in real time raise nothing there', async () => {
    // Prepare
    const denied = [0, 1, 2].map((i) => cloakDenied(fx.clock.now().getTime() - 60_000 + i * 1000));
    // Act
    const results = await Promise.all(denied.map((r) => fx.stream(eventBridgeEvent(r))));
    // Assess
    expect(results.map((r) => [r.outcome, r.findings.length])).toEqual([
      ['evaluated', 0],
      ['evaluated', 0],
      ['evaluated', 0],
    ]);
  });

  it('leaves windowed rules to the sweep when the real-time path saw the events first', async () => {
    // Prepare
    const denied = [0, 1, 2].map((i) => cloakDenied(fx.clock.now().getTime() - 120_000 + i * 1000));
    await fx.append(denied);
    for (const record of denied) await fx.stream(eventBridgeEvent(record));
    // Act
    const { summary } = await fx.sweep({ mode: 'incremental' });
    // Assess
    expect(summary).toMatchObject({
      records: 3,
      findings: { 'access-denied-probing': 1 },
      alerts: { delivered: 1 },
    });
    expect(await fx.alertKeys()).toEqual([`windowed#access-denied-probing#${ROLES.stranger}#cloak-key`]);
  });

  it.each([
    ['a string', 'not an event', 'not-an-object'],
    [
      'a scheduled event',
      { 'detail-type': 'Scheduled Event', source: 'aws.events', detail: {} },
      'not-cloudtrail-event',
    ],
    [
      'an event without detail',
      { 'detail-type': 'AWS API Call via CloudTrail', source: 'aws.ssm' },
      'missing-field',
    ],
    [
      'a KMS call',
      eventBridgeEvent({
        ...cloakRead(Date.UTC(2026, 2, 1)),
        eventSource: 'kms.amazonaws.com',
        eventName: 'Decrypt',
      }),
      'not-ssm-event',
    ],
    [
      'a record without userIdentity',
      eventBridgeEvent({ ...cloakRead(Date.UTC(2026, 2, 1)), userIdentity: null }),
      'missing-field',
    ],
  ])('skips %s with its reason and sends nothing', async (_name, event, reason) => {
    // Act
    const result = await fx.stream(event);
    // Assess
    expect(result).toMatchObject({ outcome: 'skipped', skipped: { reason }, findings: [] });
    expect(await fx.outbox()).toEqual([]);
  });
});

describe('the audit-stream handler', () => {
  it('answers a malformed event as skipped and records its last successful run', async () => {
    // Prepare
    const handler = createAuditStreamHandler({
      ...fx.streamDeps(),
      logger: fx.table.logger as NonNullable<typeof fx.table.logger>,
      secrets: new SecretRegistry(),
    });
    // Act
    const result = await handler({ 'detail-type': 'Object Created', source: 'aws.s3' }, context as never);
    // Assess
    expect(result).toMatchObject({ outcome: 'skipped', skipped: { reason: 'not-cloudtrail-event' } });
    expect(Object.keys(await lastRuns(fx.table))).toEqual(['audit-stream']);
  });
});
