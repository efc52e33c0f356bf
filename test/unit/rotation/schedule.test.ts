import { describe, expect, it } from 'vitest';
import {
  nextDue,
  overdueSince,
  retirementDueAt,
  rotationDue,
  stuckSince,
} from '../../../shared/rotation/checks/schedule.ts';
import type { SecretState } from '../../../shared/rotation/index.ts';

const DAY = 86_400_000;
const entry = {
  id: 'cloak-key',
  path: 'cloak-key',
  strategy: 'cloak-key' as const,
  schedule: { enabled: true, everyMs: 10 * DAY },
};
const settings = {
  gracePeriodMs: DAY,
  stuckAfterMs: 2 * 3_600_000,
  overdueAfterMs: undefined,
  reNotifyIntervalMs: DAY,
};
const state = (extra: Partial<SecretState>): SecretState => ({
  secretId: 'cloak-key',
  phase: 'idle',
  ...extra,
});

describe('schedule', () => {
  it('nextDue is the interval after the last promotion or adoption', () => {
    expect(nextDue(entry, state({ lastChangeAt: '2026-03-01T10:00:00.000Z' }))?.toISOString()).toBe(
      '2026-03-11T10:00:00.000Z',
    );
  });

  it('nextDue is undefined when scheduling is off', () => {
    const off = { ...entry, schedule: { enabled: false, everyMs: DAY } };

    expect(nextDue(off, state({ lastChangeAt: '2026-03-01T10:00:00.000Z' }))).toBeUndefined();
  });

  it('a rotation is due only when idle', () => {
    const at = new Date('2026-03-11T10:00:00.000Z');

    expect([
      rotationDue(entry, state({ lastChangeAt: '2026-03-01T10:00:00.000Z' }), at),
      rotationDue(
        entry,
        state({ lastChangeAt: '2026-03-01T10:00:00.000Z', phase: 'awaiting-reencryption' }),
        at,
      ),
    ]).toEqual([true, false]);
  });

  it('overdue comes a tenth of the interval past due by default', () => {
    const s = state({ lastChangeAt: '2026-03-01T10:00:00.000Z' });

    expect([
      overdueSince(entry, s, settings, new Date('2026-03-12T10:00:00.000Z')),
      overdueSince(entry, s, settings, new Date('2026-03-12T10:00:00.001Z'))?.toISOString(),
    ]).toEqual([undefined, '2026-03-11T10:00:00.000Z']);
  });

  it('overdue follows the configured time when set', () => {
    const s = state({ lastChangeAt: '2026-03-01T10:00:00.000Z' });
    const configured = { ...settings, overdueAfterMs: 3_600_000 };

    expect(overdueSince(entry, s, configured, new Date('2026-03-11T11:00:00.001Z'))?.toISOString()).toBe(
      '2026-03-11T10:00:00.000Z',
    );
  });

  it('a rotation in progress is stuck after the stuck time without progress', () => {
    const s = state({ phase: 'created', stepAt: '2026-03-01T10:00:00.000Z' });

    expect([
      stuckSince(s, settings, new Date('2026-03-01T12:00:00.000Z')),
      stuckSince(s, settings, new Date('2026-03-01T12:00:00.001Z')),
    ]).toEqual([undefined, '2026-03-01T10:00:00.000Z']);
  });

  it('retirement is due the grace period after the promotion', () => {
    const s = state({ phase: 'awaiting-retire', promotedAt: '2026-03-01T10:00:00.000Z' });

    expect(retirementDueAt(s, settings)?.toISOString()).toBe('2026-03-02T10:00:00.000Z');
  });
});
