import { describe, expect, it } from 'vitest';
import { redactError, SecretRegistry } from '../../../shared/logging/index.ts';

const SECRET = 'ffeeddccbbaa99887766554433221100';

class DomainError extends Error {
  override readonly name = 'DomainError';
}

function registry(): SecretRegistry {
  const secrets = new SecretRegistry();
  secrets.register(SECRET);
  return secrets;
}

describe('redactError', () => {
  it('redacts the message and the stack in place, keeping the class', () => {
    const error = new DomainError(`bad token ${SECRET}`);

    const out = redactError(error, registry());

    expect(out).toBe(error);
    expect(out).toBeInstanceOf(DomainError);
    expect(out.message).toBe('bad token [REDACTED]');
    expect(out.stack).not.toContain(SECRET);
  });

  it('redacts the cause chain', () => {
    const root = new Error(`root ${SECRET}`);
    const error = new Error('outer', { cause: new Error(`middle ${SECRET}`, { cause: root }) });

    redactError(error, registry());

    expect((error.cause as Error).message).toBe('middle [REDACTED]');
    expect(root.message).toBe('root [REDACTED]');
  });

  it("redacts an AggregateError's errors", () => {
    const inner = new Error(`inner ${SECRET}`);

    redactError(new AggregateError([inner], 'many'), registry());

    expect(inner.message).toBe('inner [REDACTED]');
  });

  it('survives a cause cycle', () => {
    const error = new Error(`loop ${SECRET}`);
    (error as { cause?: unknown }).cause = error;

    expect(redactError(error, registry()).message).toBe('loop [REDACTED]');
  });

  it('answers a value that is not an Error unchanged', () => {
    expect(redactError(`text ${SECRET}`, registry())).toBe(`text ${SECRET}`);
  });
});
