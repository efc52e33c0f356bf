/**
 * C-11 "Frozen query window": one LookupEvents query per sweep, its StartTime and EndTime
 * computed once and sent with every NextToken, never a query without an end, at most 2
 * calls a second, ThrottlingException backed off and retried; one call per 50 events (plus
 * one at most).
 */
import { setTimeout as delay } from 'node:timers/promises';
import type { CloudTrailClient } from '@aws-sdk/client-cloudtrail';
import { describe, expect, it } from 'vitest';
import { runSweep } from '../../../shared/audit/index.ts';
import { useAuditFixture } from './audit-fixture.ts';
import { cloakRead, ROLES } from './records.ts';

const fx = useAuditFixture();

interface SentQuery {
  at: number;
  input: Record<string, unknown>;
}

/** A client that records each LookupEvents input and the clock's time when it was sent. */
function recordingClient(): { client: CloudTrailClient; sent: SentQuery[] } {
  const client = fx.h.cloudTrailAs({});
  const sent: SentQuery[] = [];
  client.middlewareStack.add(
    (next, context) => async (args) => {
      if (context.commandName === 'LookupEventsCommand') {
        sent.push({ at: fx.clock.now().getTime(), input: { ...(args.input as Record<string, unknown>) } });
      }
      return next(args);
    },
    { step: 'initialize', name: 'recordLookupInputs' },
  );
  return { client, sent };
}

/** `count` reads by the application role, one a second, ending a minute before now. */
async function appendReads(count: number): Promise<void> {
  const end = fx.clock.now().getTime() - 60_000;
  const records = Array.from({ length: count }, (_, i) => cloakRead(end - i * 1000, ROLES.application));
  for (let i = 0; i < records.length; i += 500) await fx.append(records.slice(i, i + 500));
}

describe('runSweep: C-11 frozen window and pacing', () => {
  it('sends the same StartTime and EndTime with every NextToken', async () => {
    // Prepare
    await appendReads(130);
    const { client, sent } = recordingClient();
    // Act
    const { summary } = await runWith(client);
    // Assess
    expect(sent).toHaveLength(3);
    const [first, ...rest] = sent.map((s) => s.input);
    expect(first).toMatchObject({
      LookupAttributes: [{ AttributeKey: 'EventSource', AttributeValue: 'ssm.amazonaws.com' }],
      StartTime: new Date('2026-03-01T09:40:00.000Z'),
      EndTime: new Date('2026-03-01T10:00:00.000Z'),
      MaxResults: 50,
    });
    expect(first?.NextToken).toBeUndefined();
    for (const input of rest) {
      expect(input.StartTime).toEqual(first?.StartTime);
      expect(input.EndTime).toEqual(first?.EndTime);
      expect(typeof input.NextToken).toBe('string');
    }
    expect(summary).toMatchObject({ outcome: 'complete', pages: 3, calls: 3, events: 130, records: 130 });
  });

  it('starts each call at least 500 ms of clock time after the previous answer', async () => {
    // Prepare
    await appendReads(260);
    const { client, sent } = recordingClient();
    // Act
    await runWith(client);
    // Assess
    const gaps = sent.slice(1).map((s, i) => s.at - (sent[i]?.at ?? 0));
    expect(sent).toHaveLength(6);
    expect(Math.min(...gaps)).toBeGreaterThanOrEqual(500);
  });

  it('meets the real 2 calls a second limit without one ThrottlingException (ceil(130/50) calls)', async () => {
    // Prepare
    await appendReads(130);
    await fx.control('POST', 'cloudtrail/settings', { lookupRateLimit: true });
    const received = await fx.countLookupCalls();
    const realSleep = async (ms: number) => {
      await delay(ms);
      fx.clock.advance(ms);
    };
    // Act
    const { summary } = await runSweepWith({ sleep: realSleep });
    // Assess
    expect(summary).toMatchObject({ outcome: 'complete', calls: 3, throttled: 0, records: 130 });
    expect(await received()).toBe(3);
  });

  it('backs off and retries a ThrottlingException, then reads every page', async () => {
    // Prepare
    await appendReads(120);
    await fx.control('POST', 'faults', {
      service: 'cloudtrail',
      action: 'LookupEvents',
      error: { code: 'ThrottlingException', status: 400 },
      nth: 2,
      times: 2,
    });
    const received = await fx.countLookupCalls();
    // Act
    const { summary } = await fx.sweep({ mode: 'incremental' });
    // Assess
    expect(summary).toMatchObject({ outcome: 'complete', pages: 3, calls: 5, throttled: 2, records: 120 });
    expect(await received()).toBe(5);
  });

  it('retries a dropped connection and a server error', async () => {
    // Prepare
    await appendReads(60);
    await fx.control('POST', 'faults', [
      { service: 'cloudtrail', action: 'LookupEvents', drop: 'before', nth: 1, times: 1 },
      {
        service: 'cloudtrail',
        action: 'LookupEvents',
        error: { code: 'InternalFailure', status: 500 },
        nth: 3,
        times: 1,
      },
    ]);
    // Act
    const { summary } = await fx.sweep({ mode: 'incremental' });
    // Assess
    expect(summary).toMatchObject({ outcome: 'complete', pages: 2, calls: 4, throttled: 0, records: 60 });
  });

  it('fails at once, naming the code, when LookupEvents is refused', async () => {
    // Prepare
    const accessKeyId = 'ASIANOLOOKUP00000001';
    await fx.identity({ type: 'IAMUser', accessKeyId, userName: 'no-lookup', allow: ['ssm:*'] });
    // Act
    const error = await runSweepWith({ cloudTrail: fx.h.cloudTrailAs({ accessKeyId }) }).catch(
      (e: Error) => e,
    );
    // Assess
    expect(error).toMatchObject({ name: 'LookupEventsError', code: 'AccessDeniedException' });
    expect((error as Error).message).toBe('LookupEvents refused: AccessDeniedException');
  });

  it.each([
    [0, 1],
    [1, 1],
    [50, 1],
    [51, 2],
    [100, 2],
    [250, 5],
    [251, 6],
  ])('reads %i events with %i LookupEvents calls', async (events, calls) => {
    // Prepare
    await appendReads(events);
    const received = await fx.countLookupCalls();
    // Act
    const { summary } = await fx.sweep({ mode: 'incremental' });
    // Assess
    expect(summary.events).toBe(events);
    expect(await received()).toBe(calls);
    expect(summary.calls).toBe(calls);
  });
});

function runWith(client: CloudTrailClient) {
  return runSweepWith({ cloudTrail: client });
}

function runSweepWith(overrides: Parameters<typeof fx.deps>[0]) {
  return runSweep(fx.deps(overrides), { mode: 'incremental' });
}
