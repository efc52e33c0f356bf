/** CloudTrail event times. */
import { describe, expect, it } from 'vitest';
import { normaliseLogRecord, parseEventTime } from '../../../shared/audit/index.ts';
import { LAYOUT, ssmRecord } from './fixtures.ts';

describe('parseEventTime', () => {
  it.each([
    ['2024-08-01T15:26:55Z', '2024-08-01T15:26:55.000Z'],
    ['2024-08-01T15:26:55.123Z', '2024-08-01T15:26:55.123Z'],
    ['2025-02-14 19:43:09.000000000', '2025-02-14T19:43:09.000Z'],
    ['2025-02-14 19:43:09', '2025-02-14T19:43:09.000Z'],
  ])('reads %s as %s (UTC)', (text, iso) => {
    // Act
    const time = parseEventTime(text);
    // Assess
    expect(time?.toISOString()).toBe(iso);
  });

  it.each([
    '2024-02-30T10:00:00Z',
    '2024-08-01T15:26:55+02:00',
    '2024-08-01T15:26:55',
    '1424476529',
    '',
    'yesterday',
  ])('refuses %j', (text) => {
    // Act
    const time = parseEventTime(text);
    // Assess
    expect(time).toBeUndefined();
  });

  it('skips a record with an unreadable eventTime as invalid-time', () => {
    // Act
    const result = normaliseLogRecord(LAYOUT, ssmRecord({ time: '2024-08-01T15:26:55+02:00' }));
    // Assess
    expect(!result.ok && [result.skipped.reason, result.skipped.detail]).toEqual([
      'invalid-time',
      'eventTime "2024-08-01T15:26:55+02:00" is not a UTC time',
    ]);
  });
});
