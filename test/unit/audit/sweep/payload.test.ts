/** The sweep function's payload: scheduled constant inputs and an operator's window. */
import { describe, expect, it } from 'vitest';
import { sweepPayloadSchema } from '../../../../shared/audit/sweep/index.ts';
import { ManualClock } from '../../../../shared/clock/index.ts';

const schema = sweepPayloadSchema(new ManualClock('2026-03-01T10:00:00Z'));

function issues(payload: unknown): string[] {
  const parsed = schema.safeParse(payload);
  return parsed.success ? [] : parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
}

describe('sweepPayloadSchema', () => {
  it.each([['incremental'], ['reconcile']])('accepts the scheduled input { mode: %s }', (mode) => {
    // Act
    const parsed = schema.parse({ mode });
    // Assess
    expect(parsed).toEqual({ mode });
  });

  it('accepts an operator window with alerting off by default', () => {
    // Act
    const parsed = schema.parse({
      mode: 'window',
      from: '2026-03-01T08:00:00Z',
      to: '2026-03-01T10:00:00+01:00',
    });
    // Assess
    expect(parsed).toEqual({
      mode: 'window',
      from: new Date('2026-03-01T08:00:00Z'),
      to: new Date('2026-03-01T09:00:00Z'),
      alert: false,
    });
  });

  it.each([
    [
      { mode: 'window', from: '2026-03-01T09:00:00Z', to: '2026-03-01T09:00:00Z' },
      ['to: must be after from'],
    ],
    [
      { mode: 'window', from: '2026-03-01T09:00:00Z', to: '2026-03-01T10:00:01Z' },
      ['to: must not be in the future'],
    ],
    [
      { mode: 'window', from: '2025-12-01T09:59:59Z', to: '2026-03-01T09:00:00Z' },
      ['from: must be within the last 90 days'],
    ],
    [
      { mode: 'window', from: '2026-03-01 09:00', to: '2026-03-01T09:30:00Z' },
      ['from: must be an ISO 8601 time with a zone, e.g. 2026-03-01T10:00:00Z'],
    ],
    [
      { mode: 'window', from: '2026-03-01T09:00:00Z', to: '2026-03-01T09:30:00Z', alert: 'yes' },
      ['alert: Invalid input: expected boolean, received string'],
    ],
  ])('refuses %j', (payload, expected) => {
    // Act
    const found = issues(payload);
    // Assess
    expect(found).toEqual(expected);
  });

  it('refuses an unknown mode, naming the field', () => {
    // Act
    const found = issues({ mode: 'daily' });
    // Assess
    expect(found.map((f) => f.split(':')[0])).toEqual(['mode']);
  });
});
