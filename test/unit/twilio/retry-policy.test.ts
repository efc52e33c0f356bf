import { describe, expect, it } from 'vitest';
import type { AttemptOutcome } from '../../../shared/twilio/attempt.ts';
import { backoffDelayMs, isRetryable } from '../../../shared/twilio/retry-policy.ts';

const answer = (status: number, headers: Record<string, string> = {}): AttemptOutcome => ({
  kind: 'answer',
  status,
  headers: new Headers(headers),
  text: '',
});
const noAnswer = (maybeSent: boolean): AttemptOutcome => ({
  kind: 'no-answer',
  maybeSent,
  error: new Error('x'),
});
const SETTINGS = { baseDelayMs: 100, maxDelayMs: 1_000 };

describe('isRetryable', () => {
  it.each([
    ['GET', answer(429), true],
    ['POST', answer(429), true],
    ['GET', answer(503), true],
    ['DELETE', answer(500), true],
    ['POST', answer(500), false],
    ['GET', noAnswer(true), true],
    ['DELETE', noAnswer(true), true],
    ['POST', noAnswer(true), false],
    ['POST', noAnswer(false), true],
    ['GET', answer(401), false],
    ['GET', answer(404), false],
  ] as const)('%s after %j answers %s', (method, outcome, expected) => {
    expect(isRetryable(method, outcome)).toBe(expected);
  });
});

describe('backoffDelayMs', () => {
  it('is half the ceiling with the lowest jitter', () => {
    expect(backoffDelayMs(3, SETTINGS, () => 0)).toBe(200);
  });

  it('approaches the ceiling with the highest jitter', () => {
    expect(backoffDelayMs(3, SETTINGS, () => 0.999_999)).toBe(400);
  });

  it('never exceeds the maximum delay', () => {
    expect(backoffDelayMs(20, SETTINGS, () => 0.999_999)).toBe(1_000);
  });

  it('waits at least as long as Retry-After asks', () => {
    expect(backoffDelayMs(1, SETTINGS, () => 0, answer(429, { 'retry-after': '1' }))).toBe(1_000);
  });

  it('caps a long Retry-After at the maximum delay', () => {
    expect(backoffDelayMs(1, SETTINGS, () => 0, answer(429, { 'retry-after': '3600' }))).toBe(1_000);
  });
});
