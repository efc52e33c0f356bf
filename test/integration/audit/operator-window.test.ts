/**
 * An operator's window (`{ mode: 'window', from, to, alert? }`): alerting off unless asked,
 * nothing written to the ops table but the LookupEvents lease (released at the end); and
 * the sweep function's payload validation.
 */
import { ScanCommand } from '@aws-sdk/client-dynamodb';
import { describe, expect, it } from 'vitest';
import { createAuditSweepHandler } from '../../../functions/audit-sweep.ts';
import { SecretRegistry } from '../../../shared/logging/index.ts';
import { lastRuns } from '../../../shared/ops-state/index.ts';
import { useAuditFixture } from './audit-fixture.ts';
import { cloakRead, instantKey, ROLES } from './records.ts';

const fx = useAuditFixture();

async function tableItems(): Promise<number> {
  const scan = await fx.dynamodb.send(new ScanCommand({ TableName: fx.table.tableName }));
  return scan.Count ?? 0;
}

function handler() {
  const logger = fx.table.logger as NonNullable<typeof fx.table.logger>;
  return createAuditSweepHandler({ ...fx.deps(), logger, secrets: new SecretRegistry() });
}

const context = (requestId: string) => ({
  functionName: 'audit-sweep',
  awsRequestId: requestId,
  getRemainingTimeInMillis: () => 600_000,
});

describe('runSweep: an operator window', () => {
  it('reports findings without alerting or writing anything to the ops table', async () => {
    // Prepare
    const now = fx.clock.now().getTime();
    await fx.append([cloakRead(now - 30 * 60_000), cloakRead(now - 3 * 60 * 60_000)]);
    // Act
    const { summary, findings } = await fx.sweep({
      mode: 'window',
      from: new Date(now - 60 * 60_000),
      to: new Date(now),
      alert: false,
    });
    // Assess
    expect(summary).toMatchObject({
      mode: 'window',
      outcome: 'complete',
      records: 1,
      alerts: { alerting: 'off' },
    });
    expect(findings.map((f) => f.rule)).toEqual(['unknown-principal-read']);
    expect(await fx.outbox()).toEqual([]);
    expect(await tableItems()).toBe(0);
  });

  it('alerts when asked', async () => {
    // Prepare
    const now = fx.clock.now().getTime();
    const record = cloakRead(now - 30 * 60_000);
    await fx.append([record]);
    // Act
    const { summary } = await fx.sweep({
      mode: 'window',
      from: new Date(now - 60 * 60_000),
      to: new Date(now),
      alert: true,
    });
    // Assess
    expect(summary.alerts).toMatchObject({ alerting: 'on', delivered: 1 });
    expect(await fx.alertKeys()).toEqual([instantKey('unknown-principal-read', String(record.eventID))]);
  });

  it('answers incomplete, saving nothing, when the time runs out part-way', async () => {
    // Prepare
    const now = fx.clock.now().getTime();
    await fx.append(
      Array.from({ length: 60 }, (_, i) => cloakRead(now - 60_000 - i * 1000, ROLES.application)),
    );
    let low = false;
    // Act
    const { summary } = await fx.sweep(
      { mode: 'window', from: new Date(now - 60 * 60_000), to: new Date(now), alert: false },
      { remainingMs: () => (low ? 1_000 : 900_000), onProgress: () => (low = true) },
    );
    // Assess
    expect(summary).toMatchObject({ outcome: 'incomplete', pages: 1, records: 50 });
    expect(await tableItems()).toBe(0);
  });

  it('refuses a window that ends before it starts, before taking the lease', async () => {
    // Prepare
    const now = fx.clock.now().getTime();
    // Act
    const error = await fx
      .sweep({ mode: 'window', from: new Date(now - 60_000), to: new Date(now - 120_000), alert: false })
      .catch((e: Error) => e);
    // Assess
    expect(error).toMatchObject({ name: 'SweepWindowError' });
    expect((error as Error).message).toMatch(/^the window must end after it starts \(from /);
    expect(await tableItems()).toBe(0);
  });
});

describe('the audit-sweep handler', () => {
  it('answers an operator window with its summary and findings', async () => {
    // Prepare
    const now = fx.clock.now().getTime();
    await fx.append([cloakRead(now - 10 * 60_000)]);
    const payload = {
      mode: 'window',
      from: new Date(now - 20 * 60_000).toISOString(),
      to: new Date(now).toISOString(),
    };
    // Act
    const answer = (await handler()(payload, context('req-window') as never)) as Record<string, unknown>;
    // Assess
    expect(answer).toMatchObject({ mode: 'window', outcome: 'complete', records: 1 });
    expect((answer.details as { rule: string }[]).map((d) => d.rule)).toEqual(['unknown-principal-read']);
  });

  it.each([
    [{ mode: 'hourly' }, 'mode'],
    [{ mode: 'window', from: 'yesterday', to: '2026-03-01T10:00:00Z' }, 'from'],
    [{ mode: 'window', from: '2026-03-01T09:00:00Z', to: '2099-01-01T00:00:00Z' }, 'to'],
    [{ mode: 'incremental', extra: true }, 'extra'],
  ])('refuses the payload %j naming the field %s', async (payload, field) => {
    // Act
    const answer = (await handler()(payload, context('req-bad') as never)) as {
      ok: boolean;
      error: { code: string; issues: { path: string }[] };
    };
    // Assess
    expect(answer.ok).toBe(false);
    expect(answer.error.code).toBe('invalid-payload');
    expect(answer.error.issues.map((i) => i.path)).toContain(field);
    expect(await tableItems()).toBe(0);
  });

  it('runs the scheduled incremental sweep from its constant input and records its run', async () => {
    // Act
    const answer = (await handler()({ mode: 'incremental' }, context('req-scheduled') as never)) as Record<
      string,
      unknown
    >;
    // Assess
    expect(answer).toMatchObject({ mode: 'incremental', outcome: 'complete' });
    expect(answer.details).toBeUndefined();
    expect(Object.keys(await lastRuns(fx.table))).toEqual(['audit-sweep']);
  });
});
