import middy from '@middy/core';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { validatePayload } from '../../../shared/middleware/index.ts';
import { fakeContext } from './fakes.ts';

const schema = z.strictObject({
  action: z.enum(['status', 'rotate']),
  secret: z.string().min(1),
  window: z.strictObject({ from: z.iso.datetime() }).optional(),
  dryRun: z.boolean().default(false),
});

function handlerWith() {
  const seen: unknown[] = [];
  const handler = middy<unknown, unknown>()
    .use(validatePayload(schema))
    .handler(async (event) => {
      seen.push(event);
      return { ok: true };
    });
  return { handler, seen };
}

describe('validatePayload', () => {
  it('answers invalid-payload naming the field, and does not call the handler', async () => {
    const { handler, seen } = handlerWith();

    const result = await handler({ action: 'rotate', secret: '' }, fakeContext());

    expect(result).toEqual({
      ok: false,
      error: {
        code: 'invalid-payload',
        message: 'invalid payload: secret: Too small: expected string to have >=1 characters',
        issues: [{ path: 'secret', message: 'Too small: expected string to have >=1 characters' }],
      },
    });
    expect(seen).toEqual([]);
  });

  it('names a nested field by its dotted path', async () => {
    const { handler } = handlerWith();

    const result = (await handler(
      { action: 'status', secret: 'cloak-key', window: { from: 'yesterday' } },
      fakeContext(),
    )) as { error: { issues: Array<{ path: string }> } };

    expect(result.error.issues.map((i) => i.path)).toEqual(['window.from']);
  });

  it('names an unknown field', async () => {
    const { handler } = handlerWith();

    const result = (await handler({ action: 'status', secret: 'cloak-key', secrte: 'x' }, fakeContext())) as {
      error: { issues: Array<{ path: string }> };
    };

    expect(result.error.issues.map((i) => i.path)).toEqual(['secrte']);
  });

  it('names the payload itself when it is not an object', async () => {
    const { handler } = handlerWith();

    const result = (await handler('rotate', fakeContext())) as { error: { issues: Array<{ path: string }> } };

    expect(result.error.issues.map((i) => i.path)).toEqual(['(payload)']);
  });

  it('hands the handler the parsed payload, defaults applied', async () => {
    const { handler, seen } = handlerWith();

    await handler({ action: 'status', secret: 'cloak-key' }, fakeContext());

    expect(seen).toEqual([{ action: 'status', secret: 'cloak-key', dryRun: false }]);
  });
});
