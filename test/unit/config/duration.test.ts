import { describe, expect, it } from 'vitest';
import { formatDuration, parseDuration } from '../../../shared/config/index.ts';

describe('parseDuration', () => {
  it.each([
    ['90s', 90_000],
    ['20m', 1_200_000],
    ['24h', 86_400_000],
    ['7d', 604_800_000],
  ])('parses %s', (text, ms) => {
    expect(parseDuration(text)).toBe(ms);
  });

  it.each(['', '0h', '1.5h', '-1d', '24 hours', '1w', '01h'])('rejects %j', (text) => {
    expect(parseDuration(text)).toBeUndefined();
  });
});

describe('formatDuration', () => {
  it('uses the largest whole unit', () => {
    expect([formatDuration(86_400_000), formatDuration(5_400_000), formatDuration(90_000)]).toEqual([
      '1d',
      '90m',
      '90s',
    ]);
  });
});
