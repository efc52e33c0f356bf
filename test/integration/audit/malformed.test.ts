/**
 * Malformed entries in a LookupEvents answer (records CloudTrail might hold, and entries
 * whose envelope is broken) are counted as skipped with their reason; the sweep finishes
 * and still alerts the good records.
 */
import { describe, expect, it } from 'vitest';
import { runSweep } from '../../../shared/audit/index.ts';
import { useAuditFixture } from './audit-fixture.ts';
import { cloakRead, instantKey, trailTime } from './records.ts';

const fx = useAuditFixture();

describe('runSweep: malformed records', () => {
  it('skips malformed records with their reasons and alerts the good one', async () => {
    // Prepare
    const at = fx.clock.now().getTime() - 60_000;
    const good = cloakRead(at);
    await fx.append([
      good,
      { ...cloakRead(at), userIdentity: null },
      { ...cloakRead(at), eventTime: '2026-03-01T10:59:00+01:00' },
      {
        ...cloakRead(at),
        requestParameters: { names: Array.from({ length: 11 }, (_, i) => `/qlarius/x${i}`) },
      },
      { ...cloakRead(at), eventName: 'GetDocument', requestParameters: { name: 'AWS-RunShellScript' } },
    ]);
    const client = fx.h.cloudTrailAs({});
    client.middlewareStack.add(
      (next) => async (args) => {
        const result = await next(args);
        const output = result.output as { Events?: unknown[] };
        output.Events?.push(
          null,
          { EventId: 'no-record' },
          { EventId: 'broken', CloudTrailEvent: '{"eventVersion": "1.08", "eventSource' },
          { EventId: 'scalar', CloudTrailEvent: '"just a string"' },
        );
        return result;
      },
      { step: 'initialize', name: 'appendMalformedEvents' },
    );
    // Act
    const { summary } = await runSweep(fx.deps({ cloudTrail: client }), { mode: 'incremental' });
    // Assess
    expect(trailTime(at)).toBe('2026-03-01T09:59:00Z');
    expect(summary).toMatchObject({
      outcome: 'complete',
      events: 9,
      records: 1,
      skipped: {
        'missing-field': 2,
        'invalid-time': 1,
        'invalid-request': 1,
        'not-parameter-event': 1,
        'not-an-object': 2,
        'not-json': 1,
      },
      findings: { 'unknown-principal-read': 1 },
    });
    expect(await fx.alertKeys()).toEqual([instantKey('unknown-principal-read', String(good.eventID))]);
  });
});
