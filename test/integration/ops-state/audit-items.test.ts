import { describe, expect, it } from 'vitest';
import {
  getBaseline,
  lastRuns,
  loadCheckpoint,
  recordBaselineSample,
  recordRun,
  saveCheckpoint,
} from '../../../shared/ops-state/index.ts';
import { useOpsFixture } from './local-ops.ts';

const fx = useOpsFixture();

const ROLE = 'arn:aws:iam::111122223333:role/QlariusSecretsRole';

describe('checkpoints', () => {
  it('keeps the frozen window and NextToken of an unfinished sweep', async () => {
    await saveCheckpoint(fx.table, {
      mode: 'incremental',
      windowStart: new Date('2026-03-01T09:40:00Z'),
      windowEnd: new Date('2026-03-01T10:00:00Z'),
      nextToken: 'page-2',
      status: 'in-progress',
    });

    expect(await loadCheckpoint(fx.table, 'incremental')).toEqual({
      mode: 'incremental',
      windowStart: new Date('2026-03-01T09:40:00Z'),
      windowEnd: new Date('2026-03-01T10:00:00Z'),
      nextToken: 'page-2',
      status: 'in-progress',
      updatedAt: new Date('2026-03-01T10:00:00Z'),
    });
  });

  it('keeps one checkpoint per mode', async () => {
    const window = {
      windowStart: new Date('2026-02-28T09:00:00Z'),
      windowEnd: new Date('2026-03-01T10:00:00Z'),
    };
    await saveCheckpoint(fx.table, {
      mode: 'reconcile',
      ...window,
      nextToken: undefined,
      status: 'complete',
    });

    expect(await loadCheckpoint(fx.table, 'incremental')).toBeUndefined();
    expect((await loadCheckpoint(fx.table, 'reconcile'))?.status).toBe('complete');
  });

  it('refuses a window that ends before it starts', async () => {
    const act = saveCheckpoint(fx.table, {
      mode: 'incremental',
      windowStart: new Date('2026-03-01T10:00:00Z'),
      windowEnd: new Date('2026-03-01T09:00:00Z'),
      nextToken: undefined,
      status: 'in-progress',
    });

    await expect(act).rejects.toThrow(
      'checkpoint of the incremental sweep: the window ends before it starts',
    );
  });
});

describe('baselines', () => {
  it('appends samples oldest first', async () => {
    await recordBaselineSample(fx.table, ROLE, { windowEnd: new Date('2026-03-01T10:00:00Z'), count: 12 });
    await recordBaselineSample(fx.table, ROLE, { windowEnd: new Date('2026-03-01T09:00:00Z'), count: 7 });

    expect((await getBaseline(fx.table, ROLE))?.samples).toEqual([
      { windowEnd: new Date('2026-03-01T09:00:00Z'), count: 7 },
      { windowEnd: new Date('2026-03-01T10:00:00Z'), count: 12 },
    ]);
  });

  it('replaces the sample of a window recorded twice', async () => {
    await recordBaselineSample(fx.table, ROLE, { windowEnd: new Date('2026-03-01T10:00:00Z'), count: 12 });
    await recordBaselineSample(fx.table, ROLE, { windowEnd: new Date('2026-03-01T10:00:00Z'), count: 13 });

    expect((await getBaseline(fx.table, ROLE))?.samples).toEqual([
      { windowEnd: new Date('2026-03-01T10:00:00Z'), count: 13 },
    ]);
  });

  it('keeps only the newest samples', async () => {
    for (const hour of ['07', '08', '09', '10']) {
      await recordBaselineSample(
        fx.table,
        ROLE,
        { windowEnd: new Date(`2026-03-01T${hour}:00:00Z`), count: 1 },
        2,
      );
    }

    expect((await getBaseline(fx.table, ROLE))?.samples.map((s) => s.windowEnd.toISOString())).toEqual([
      '2026-03-01T09:00:00.000Z',
      '2026-03-01T10:00:00.000Z',
    ]);
  });

  it('loses no sample under concurrent writers', async () => {
    await Promise.all(
      ['07', '08'].map((hour) =>
        recordBaselineSample(fx.table, ROLE, { windowEnd: new Date(`2026-03-01T${hour}:00:00Z`), count: 1 }),
      ),
    );

    expect((await getBaseline(fx.table, ROLE))?.samples).toHaveLength(2);
  });

  it('refuses a negative count', async () => {
    const act = recordBaselineSample(fx.table, ROLE, {
      windowEnd: new Date('2026-03-01T10:00:00Z'),
      count: -1,
    });

    await expect(act).rejects.toThrow(`read baseline of ${ROLE}: a sample count must be a whole number >= 0`);
  });
});

describe('last runs', () => {
  it('lists each function with its last successful run', async () => {
    await recordRun(fx.table, 'rotate');
    fx.clock.advance(60_000);
    await recordRun(fx.table, 'audit-sweep');

    expect(await lastRuns(fx.table)).toEqual({
      rotate: new Date('2026-03-01T10:00:00.000Z'),
      'audit-sweep': new Date('2026-03-01T10:01:00.000Z'),
    });
  });

  it('never moves a last run backwards', async () => {
    await recordRun(fx.table, 'rotate', new Date('2026-03-01T10:00:00Z'));

    await recordRun(fx.table, 'rotate', new Date('2026-03-01T09:00:00Z'));

    expect((await lastRuns(fx.table)).rotate).toEqual(new Date('2026-03-01T10:00:00Z'));
  });
});
