import { describe, expect, it } from 'vitest';
import { ConfigError, overdueAfterMs, parseRawConfig, type RawConfig } from '../../../shared/config/index.ts';

const BASE: RawConfig = { SRA_REGION: 'us-east-1', SRA_ACCOUNT: '111122223333' };

function problems(raw: RawConfig): readonly string[] {
  try {
    parseRawConfig({ ...BASE, ...raw });
  } catch (error) {
    if (error instanceof ConfigError) return error.problems;
    throw error;
  }
  return [];
}

describe('rotation configuration', () => {
  it('defaults: 24 h grace period, stuck after 2 h, overdue derived, re-notify every 24 h', () => {
    expect(parseRawConfig(BASE).rotation).toEqual({
      gracePeriodMs: 86_400_000,
      stuckAfterMs: 7_200_000,
      overdueAfterMs: undefined,
      reNotifyIntervalMs: 86_400_000,
    });
  });

  it('reads each key as a duration', () => {
    const config = parseRawConfig({
      ...BASE,
      SRA_GRACE_PERIOD: '2h',
      SRA_STUCK_AFTER: '90m',
      SRA_OVERDUE_AFTER: '3d',
      SRA_RENOTIFY_INTERVAL: '12h',
    });

    expect(config.rotation).toEqual({
      gracePeriodMs: 7_200_000,
      stuckAfterMs: 5_400_000,
      overdueAfterMs: 259_200_000,
      reNotifyIntervalMs: 43_200_000,
    });
  });

  it('refuses a value that is not a duration, naming the key', () => {
    expect(problems({ SRA_GRACE_PERIOD: 'one day' })).toEqual([
      'SRA_GRACE_PERIOD: "one day" is not a duration such as 90s, 20m, 24h or 90d',
    ]);
  });

  it('refuses a stuck time not longer than the lock lease', () => {
    expect(problems({ SRA_STUCK_AFTER: '20m' })).toEqual([
      'SRA_STUCK_AFTER: must be longer than SRA_LOCK_LEASE (a dead holder keeps the lock that long)',
    ]);
  });

  it('derives the overdue time as a tenth of the interval', () => {
    expect(overdueAfterMs(parseRawConfig(BASE).rotation, 90 * 86_400_000)).toBe(9 * 86_400_000);
  });

  it('derives at least one hour for short intervals', () => {
    expect(overdueAfterMs(parseRawConfig(BASE).rotation, 86_400_000 / 4)).toBe(3_600_000);
  });

  it('uses the configured overdue time over the derived one', () => {
    const settings = parseRawConfig({ ...BASE, SRA_OVERDUE_AFTER: '6h' }).rotation;

    expect(overdueAfterMs(settings, 90 * 86_400_000)).toBe(21_600_000);
  });
});
