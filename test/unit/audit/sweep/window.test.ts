/** The sweep's frozen windows: incremental (overlapping the last one), reconcile, operator. */
import { describe, expect, it } from 'vitest';
import {
  incrementalWindow,
  operatorWindow,
  reconcileWindow,
  SweepWindowError,
} from '../../../../shared/audit/sweep/index.ts';
import type { StoredCheckpoint } from '../../../../shared/ops-state/index.ts';

const NOW = new Date('2026-03-01T10:20:00.750Z');
const OVERLAP = 20 * 60_000;

function finished(windowEnd: string): StoredCheckpoint {
  return {
    mode: 'incremental',
    windowStart: new Date('2026-03-01T09:45:00Z'),
    windowEnd: new Date(windowEnd),
    nextToken: undefined,
    status: 'complete',
    updatedAt: new Date(windowEnd),
  };
}

describe('incrementalWindow', () => {
  it('starts the overlap before the end of the last finished window and ends now, in whole seconds', () => {
    // Act
    const window = incrementalWindow(NOW, finished('2026-03-01T10:05:00Z'), OVERLAP);
    // Assess
    expect(window).toEqual({
      start: new Date('2026-03-01T09:45:00Z'),
      end: new Date('2026-03-01T10:20:00Z'),
    });
  });

  it('looks back by the overlap on the first sweep', () => {
    // Act
    const window = incrementalWindow(NOW, undefined, OVERLAP);
    // Assess
    expect(window).toEqual({
      start: new Date('2026-03-01T10:00:00Z'),
      end: new Date('2026-03-01T10:20:00Z'),
    });
  });

  it('never reaches beyond the 90 days LookupEvents keeps', () => {
    // Act
    const window = incrementalWindow(NOW, finished('2025-06-01T00:00:00Z'), OVERLAP);
    // Assess
    expect(window.start).toEqual(new Date('2025-12-01T10:20:00Z'));
  });
});

describe('reconcileWindow', () => {
  it('covers the look-back up to now', () => {
    // Act
    const window = reconcileWindow(NOW, 25 * 60 * 60_000);
    // Assess
    expect(window).toEqual({
      start: new Date('2026-02-28T09:20:00Z'),
      end: new Date('2026-03-01T10:20:00Z'),
    });
  });
});

describe('operatorWindow', () => {
  it('keeps the window given, in whole seconds', () => {
    // Act
    const window = operatorWindow(
      new Date('2026-03-01T08:00:00.400Z'),
      new Date('2026-03-01T09:00:00Z'),
      NOW,
    );
    // Assess
    expect(window).toEqual({
      start: new Date('2026-03-01T08:00:00Z'),
      end: new Date('2026-03-01T09:00:00Z'),
    });
  });

  it.each([
    [
      '2026-03-01T09:00:00Z',
      '2026-03-01T08:00:00Z',
      'the window must end after it starts (from 2026-03-01T09:00:00.000Z, to 2026-03-01T08:00:00.000Z)',
    ],
    [
      '2026-03-01T09:00:00Z',
      '2026-03-01T11:00:00Z',
      'the window must not end in the future (to 2026-03-01T11:00:00.000Z, now 2026-03-01T10:20:00.750Z)',
    ],
    [
      '2025-11-01T00:00:00Z',
      '2026-03-01T09:00:00Z',
      'CloudTrail event history keeps 90 days: from 2025-11-01T00:00:00.000Z is before 2025-12-01T10:20:00.750Z',
    ],
  ])('refuses from %s to %s', (from, to, message) => {
    // Act
    const act = () => operatorWindow(new Date(from), new Date(to), NOW);
    // Assess
    expect(act).toThrow(SweepWindowError);
    expect(act).toThrow(message);
  });
});
