import { describe, expect, it } from 'vitest';
import { classifyWriteError } from '../../../shared/ops-state/classify-error.ts';

const sdkError = (name: string, status?: number) =>
  Object.assign(new Error('x'), { name, $metadata: status === undefined ? {} : { httpStatusCode: status } });

describe('classifyWriteError', () => {
  it('reads a failed condition as not done', () => {
    expect(classifyWriteError(sdkError('ConditionalCheckFailedException', 400))).toBe('condition-failed');
  });

  it('reads throttling as not done, to try again', () => {
    expect(classifyWriteError(sdkError('ProvisionedThroughputExceededException', 400))).toBe('throttled');
  });

  it('reads a 429 as throttling whatever its name', () => {
    expect(classifyWriteError(sdkError('SlowDown', 429))).toBe('throttled');
  });

  it('reads another 4xx as a definite refusal', () => {
    expect(classifyWriteError(sdkError('ValidationException', 400))).toBe('refused');
  });

  it('reads a 5xx as ambiguous', () => {
    expect(classifyWriteError(sdkError('InternalServerError', 500))).toBe('ambiguous');
  });

  it('reads a dropped connection (no HTTP status) as ambiguous', () => {
    expect(classifyWriteError(Object.assign(new Error('socket hang up'), { code: 'ECONNRESET' }))).toBe(
      'ambiguous',
    );
  });

  it('reads a non-error value as ambiguous', () => {
    expect(classifyWriteError('boom')).toBe('ambiguous');
  });
});
