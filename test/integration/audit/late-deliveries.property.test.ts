/**
 * The audit's guarantee as a property: over random schedules of late, out-of-order and
 * duplicated CloudTrail deliveries (each within the overlap), seen by consecutive
 * incremental sweeps and, for some events, first by the real-time path, every read is
 * evaluated and its finding alerted exactly once, and the windowed finding of the denied
 * calls exactly once. One server for every run; a fresh world, table and topic per run.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { useAuditFixture } from './audit-fixture.ts';
import { cloakDenied, cloakRead, eventBridgeEvent, instantKey, ROLES } from './records.ts';

const fx = useAuditFixture();
const MINUTE = 60_000;
const SWEEP_EVERY = 15 * MINUTE;
/** Deliveries stay a minute inside the 20-minute overlap (a sweep's paced calls move the clock a little). */
const MAX_DELAY = 19 * MINUTE;

const eventArb = fc.record({
  denied: fc.boolean(),
  /** When the call happened, after the run's start. */
  atSec: fc.integer({ min: 0, max: 45 * 60 }),
  delay: fc.integer({ min: 0, max: MAX_DELAY }),
  /** A second delivery of the same record, with its own delay. */
  duplicateDelay: fc.option(fc.integer({ min: 0, max: MAX_DELAY }), { nil: undefined }),
  /** The real-time path's delay, when it sees the event. */
  streamDelay: fc.option(fc.integer({ min: 0, max: MAX_DELAY }), { nil: undefined }),
});

type Action =
  | { at: number; order: 0; kind: 'append'; record: Record<string, unknown>; delay: number }
  | { at: number; order: 1; kind: 'stream'; record: Record<string, unknown> }
  | { at: number; order: 2; kind: 'sweep' };

function moveTo(at: number): void {
  if (at > fx.clock.now().getTime()) fx.clock.set(at);
}

describe('audit: late, out-of-order and duplicated deliveries', () => {
  it('alerts every finding exactly once (25 random schedules)', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(eventArb, { minLength: 1, maxLength: 6 }), async (events) => {
        // Prepare
        await fx.fresh();
        const start = Math.ceil((fx.clock.now().getTime() + MINUTE) / SWEEP_EVERY) * SWEEP_EVERY;
        const actions: Action[] = [];
        const reads: string[] = [];
        let lastDelivery = start;
        for (const e of events) {
          const at = start + e.atSec * 1000;
          const record = e.denied ? cloakDenied(at) : cloakRead(at);
          if (!e.denied) reads.push(String(record.eventID));
          for (const delay of [e.delay, e.duplicateDelay]) {
            if (delay === undefined) continue;
            actions.push({ at, order: 0, kind: 'append', record, delay });
            lastDelivery = Math.max(lastDelivery, at + delay);
          }
          if (e.streamDelay !== undefined)
            actions.push({ at: at + e.streamDelay, order: 1, kind: 'stream', record });
        }
        for (let at = start + SWEEP_EVERY; at <= lastDelivery + SWEEP_EVERY; at += SWEEP_EVERY) {
          actions.push({ at, order: 2, kind: 'sweep' });
        }
        actions.sort((a, b) => a.at - b.at || a.order - b.order);
        // Act
        for (const action of actions) {
          moveTo(action.at);
          if (action.kind === 'append') await fx.append([action.record], action.delay);
          else if (action.kind === 'stream') await fx.stream(eventBridgeEvent(action.record));
          else await fx.sweep({ mode: 'incremental' });
        }
        // Assess
        const expected = reads.map((id) => instantKey('unknown-principal-read', id));
        if (events.some((e) => e.denied))
          expected.push(`windowed#access-denied-probing#${ROLES.stranger}#cloak-key`);
        expect((await fx.alertKeys()).sort()).toEqual(expected.sort());
      }),
      { numRuns: 25 },
    );
  }, 120_000);
});
