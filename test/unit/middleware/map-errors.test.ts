import middy from '@middy/core';
import { describe, expect, it } from 'vitest';
import { mapErrors } from '../../../shared/middleware/index.ts';
import { createSecretScan } from '../../helpers/secret-scan.ts';
import { captureOutput } from '../logging/capture-logs.ts';
import { fakeContext, redactingLogger, SECRET } from './fakes.ts';

class RotationError extends Error {
  override readonly name: string = 'RotationError';
}
class RotationInProgressError extends RotationError {
  override readonly name: string = 'RotationInProgressError';
  constructor(readonly owner: string) {
    super(`a rotation is in progress (held by ${owner})`);
  }
}

function throwing(error: unknown) {
  const { logger, secrets } = redactingLogger();
  return middy<unknown, unknown>()
    .use(
      mapErrors({
        logger,
        secrets,
        known: [
          {
            type: RotationInProgressError,
            code: 'rotation-in-progress',
            details: (e) => ({ owner: (e as RotationInProgressError).owner }),
          },
          { type: RotationError, code: 'rotation-refused' },
        ],
      }),
    )
    .handler(async () => {
      throw error;
    });
}

async function rejectionOf(promise: Promise<unknown>): Promise<Error> {
  try {
    await promise;
  } catch (error) {
    return error as Error;
  }
  throw new Error('expected a rejection');
}

describe('mapErrors', () => {
  it('answers a known error as a structured result with its code and details', async () => {
    const handler = throwing(new RotationInProgressError('cli:alice'));

    const out = await captureOutput(async () => {
      expect(await handler({}, fakeContext())).toEqual({
        ok: false,
        error: {
          code: 'rotation-in-progress',
          message: 'a rotation is in progress (held by cli:alice)',
          details: { owner: 'cli:alice' },
        },
      });
    });

    expect(out.entries[0]).toMatchObject({ level: 'WARN', message: 'refused', code: 'rotation-in-progress' });
  });

  it('matches a subclass by the first listed class it extends', async () => {
    const handler = throwing(new RotationError('refused: a cloak key awaits retirement'));

    const result = await captureOutput(async () => {
      expect(await handler({}, fakeContext())).toMatchObject({ error: { code: 'rotation-refused' } });
    });

    expect(result.entries).toHaveLength(1);
  });

  it('rethrows an unknown error and logs it at error level', async () => {
    const error = new TypeError('cannot read properties of undefined');
    const handler = throwing(error);

    const out = await captureOutput(async () => {
      expect(await rejectionOf(handler({}, fakeContext()))).toBe(error);
    });

    expect(out.entries[0]).toMatchObject({
      level: 'ERROR',
      message: 'unhandled error',
      error: { name: 'TypeError', message: 'cannot read properties of undefined' },
    });
  });

  it('redacts a secret in the rethrown error and its cause, and in the log', async () => {
    const handler = throwing(new Error(`write of ${SECRET} failed`, { cause: new Error(`value ${SECRET}`) }));
    const scan = createSecretScan([SECRET]);

    const out = await captureOutput(async () => {
      const error = await rejectionOf(handler({}, fakeContext()));
      scan.add('rethrown error', error);
      expect(error.message).toBe('write of [REDACTED] failed');
    });

    scan.add('log', out.raw);
    expect(scan.findings()).toEqual([]);
  });

  it('redacts a secret in the message of a known error result', async () => {
    const handler = throwing(new RotationError(`pending ${SECRET} refused`));

    const result = await captureOutput(async () => {
      expect(await handler({}, fakeContext())).toMatchObject({
        error: { code: 'rotation-refused', message: 'pending [REDACTED] refused' },
      });
    });

    expect(result.raw).not.toContain(SECRET);
  });
});
