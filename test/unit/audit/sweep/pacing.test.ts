/** The LookupEvents pacer and the part of a window whose buckets a run read whole. */
import { describe, expect, it } from 'vitest';
import { coveredWindow, createPacer } from '../../../../shared/audit/sweep/index.ts';
import { ManualClock } from '../../../../shared/clock/index.ts';

describe('createPacer', () => {
  it('waits one interval after the previous answer before each call', async () => {
    // Prepare
    const clock = new ManualClock('2026-03-01T10:00:00Z');
    const waits: number[] = [];
    const pacer = createPacer(clock, async (ms) => {
      waits.push(ms);
      clock.advance(ms);
    });
    // Act
    await pacer.beforeCall();
    clock.advance(120);
    pacer.afterCall();
    await pacer.beforeCall();
    clock.advance(700);
    pacer.afterCall();
    await pacer.beforeCall();
    // Assess
    expect(waits).toEqual([500, 500, 500]);
  });

  it('does not wait when the answer came an interval ago', async () => {
    // Prepare
    const clock = new ManualClock('2026-03-01T10:00:00Z');
    const waits: number[] = [];
    const pacer = createPacer(clock, async (ms) => {
      waits.push(ms);
    });
    pacer.afterCall();
    clock.advance(600);
    // Act
    await pacer.beforeCall();
    // Assess
    expect(waits).toEqual([]);
  });

  it('refuses a rate that is not positive', () => {
    // Act
    const act = () => createPacer(new ManualClock(), async () => {}, 0);
    // Assess
    expect(act).toThrow('createPacer: callsPerSecond must be > 0, got 0');
  });
});

describe('coveredWindow', () => {
  const window = { start: new Date('2026-03-01T09:00:00Z'), end: new Date('2026-03-01T10:00:00Z') };
  const t = (iso: string) => new Date(iso).getTime();

  it('is the whole window for a run that read all of it', () => {
    // Act
    const covered = coveredWindow(window, {
      fromToken: false,
      finished: true,
      oldest: t('2026-03-01T09:10:00Z'),
      newest: t('2026-03-01T09:50:00Z'),
    });
    // Assess
    expect(covered).toEqual(window);
  });

  it('starts after the oldest record of a run cut short', () => {
    // Act
    const covered = coveredWindow(window, {
      fromToken: false,
      finished: false,
      oldest: t('2026-03-01T09:30:00Z'),
      newest: t('2026-03-01T09:50:00Z'),
    });
    // Assess
    expect(covered).toEqual({ start: new Date('2026-03-01T09:30:00.001Z'), end: window.end });
  });

  it('ends at the newest record of a run continued from a token', () => {
    // Act
    const covered = coveredWindow(window, {
      fromToken: true,
      finished: true,
      oldest: t('2026-03-01T09:05:00Z'),
      newest: t('2026-03-01T09:29:59Z'),
    });
    // Assess
    expect(covered).toEqual({ start: window.start, end: new Date('2026-03-01T09:29:59Z') });
  });

  it('is nothing for a continued run that read no record', () => {
    // Act
    const covered = coveredWindow(window, {
      fromToken: true,
      finished: true,
      oldest: undefined,
      newest: undefined,
    });
    // Assess
    expect(covered).toBeUndefined();
  });
});
