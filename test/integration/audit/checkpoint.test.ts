/**
 * A sweep whose Lambda runs low on time saves its frozen window and NextToken; the next
 * invocation continues that window before starting a new one, so no event is lost and no
 * finding is alerted twice.
 */
import { describe, expect, it } from 'vitest';
import { loadCheckpoint } from '../../../shared/ops-state/index.ts';
import { useAuditFixture } from './audit-fixture.ts';
import { cloakRead, instantKey, ROLES } from './records.ts';

const fx = useAuditFixture();

/** 120 reads, one every 5 s ending a minute ago; the two newest and two of the oldest by an unknown role. */
async function appendWindow(): Promise<string[]> {
  const end = fx.clock.now().getTime() - 60_000;
  const unknown = new Set([0, 1, 100, 101]);
  const records = Array.from({ length: 120 }, (_, i) =>
    cloakRead(end - i * 5_000, unknown.has(i) ? ROLES.stranger : ROLES.application),
  );
  await fx.append(records);
  return records.filter((_, i) => unknown.has(i)).map((r) => String(r.eventID));
}

/** Options under which the Lambda's time runs low once the first page was read. */
function lowAfterFirstPage() {
  let low = false;
  return {
    remainingMs: () => (low ? 30_000 : 900_000),
    onProgress: () => {
      low = true;
    },
  };
}

describe('runSweep: checkpoints', () => {
  it('saves the frozen window and NextToken when time runs low', async () => {
    // Prepare
    await appendWindow();
    // Act
    const { summary } = await fx.sweep({ mode: 'incremental' }, lowAfterFirstPage());
    // Assess
    const checkpoint = await loadCheckpoint(fx.table, 'incremental');
    expect(summary).toMatchObject({ outcome: 'checkpointed', pages: 1, records: 50 });
    expect(checkpoint).toMatchObject({
      status: 'in-progress',
      windowStart: new Date(summary.window?.start ?? ''),
      windowEnd: new Date(summary.window?.end ?? ''),
    });
    expect(typeof checkpoint?.nextToken).toBe('string');
  });

  it('continues the saved window in the next invocation, losing and repeating nothing', async () => {
    // Prepare
    const unknown = await appendWindow();
    const first = await fx.sweep({ mode: 'incremental' }, lowAfterFirstPage());
    fx.clock.advance(15 * 60_000);
    // Act
    const second = await fx.sweep({ mode: 'incremental' });
    // Assess
    expect(second.summary).toMatchObject({
      outcome: 'complete',
      continued: true,
      window: first.summary.window,
      pages: 2,
      records: 70,
    });
    expect(first.summary.records + second.summary.records).toBe(120);
    expect((await fx.alertKeys()).sort()).toEqual(
      unknown.map((id) => instantKey('unknown-principal-read', id)).sort(),
    );
  });

  it('starts a new window overlapping the continued one once it is finished', async () => {
    // Prepare
    await appendWindow();
    const first = await fx.sweep({ mode: 'incremental' }, lowAfterFirstPage());
    fx.clock.advance(15 * 60_000);
    await fx.sweep({ mode: 'incremental' });
    fx.clock.advance(15 * 60_000);
    // Act
    const third = await fx.sweep({ mode: 'incremental' });
    // Assess
    const firstEnd = new Date(first.summary.window?.end ?? '').getTime();
    expect(third.summary.continued).toBe(false);
    expect(new Date(third.summary.window?.start ?? '').getTime()).toBe(firstEnd - 20 * 60_000);
    expect(third.summary).toMatchObject({ records: 120, alerts: { delivered: 0, suppressed: 4 } });
  });

  it('saves its place and fails when LookupEvents stays throttled, and the next invocation continues', async () => {
    // Prepare
    const unknown = await appendWindow();
    await fx.control('POST', 'faults', {
      service: 'cloudtrail',
      action: 'LookupEvents',
      error: { code: 'ThrottlingException', status: 400 },
      nth: 2,
    });
    // Act
    const failure = await fx.sweep({ mode: 'incremental' }).catch((error: Error) => error);
    await fx.control('DELETE', 'faults');
    const next = await fx.sweep({ mode: 'incremental' });
    // Assess
    expect(failure).toMatchObject({ name: 'LookupEventsError', code: 'ThrottlingException' });
    expect((failure as Error).message).toBe(
      'LookupEvents still failing after 5 retries: ThrottlingException',
    );
    expect(next.summary).toMatchObject({ outcome: 'complete', continued: true, records: 70 });
    expect((await fx.alertKeys()).sort()).toEqual(
      unknown.map((id) => instantKey('unknown-principal-read', id)).sort(),
    );
  });
});
