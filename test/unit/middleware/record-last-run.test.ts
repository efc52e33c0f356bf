import middy from '@middy/core';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { recordLastRun, validatePayload } from '../../../shared/middleware/index.ts';
import { captureOutput } from '../logging/capture-logs.ts';
import { fakeContext, fakeTable, redactingLogger } from './fakes.ts';

function handlerAnswering(answer: () => Promise<unknown>, fake = fakeTable(), functionName?: string) {
  const { logger } = redactingLogger();
  const handler = middy<unknown, unknown>()
    .use(recordLastRun({ table: fake.table, logger, ...(functionName ? { functionName } : {}) }))
    .use(validatePayload(z.strictObject({ action: z.string() })))
    .handler(answer);
  return { handler, fake };
}

describe('recordLastRun', () => {
  it('records the run at the clock time after a successful result', async () => {
    const { handler, fake } = handlerAnswering(async () => ({ ok: true }), fakeTable(), 'rotation');

    await handler({ action: 'tick' }, fakeContext());

    expect(fake.sent).toHaveLength(1);
    expect(fake.sent[0]?.command).toBe('PutItemCommand');
    expect(fake.sent[0]?.input.Item).toMatchObject({
      fn: { S: 'rotation' },
      lastRunAt: { N: String(Date.parse('2026-04-01T12:00:00.000Z')) },
    });
  });

  it("defaults the name to the Lambda function's name", async () => {
    const { handler, fake } = handlerAnswering(async () => ({ ok: true }));

    await handler({ action: 'tick' }, fakeContext());

    expect(fake.sent[0]?.input.Item).toMatchObject({ fn: { S: 'sra-prod-rotation' } });
  });

  it('records nothing after a refusal result', async () => {
    const { handler, fake } = handlerAnswering(async () => ({
      ok: false,
      error: { code: 'x', message: 'y' },
    }));

    await handler({ action: 'tick' }, fakeContext());

    expect(fake.sent).toEqual([]);
  });

  it('records nothing when the handler throws', async () => {
    const { handler, fake } = handlerAnswering(async () => {
      throw new Error('boom');
    });

    await expect(handler({ action: 'tick' }, fakeContext())).rejects.toThrow('boom');

    expect(fake.sent).toEqual([]);
  });

  it('records nothing for a rejected payload', async () => {
    const { handler, fake } = handlerAnswering(async () => ({ ok: true }));

    await handler({ nothing: true }, fakeContext());

    expect(fake.sent).toEqual([]);
  });

  it('answers the result and warns when the run cannot be recorded', async () => {
    const { handler } = handlerAnswering(async () => ({ ok: true }), fakeTable(new Error('table gone')));

    const out = await captureOutput(async () => {
      expect(await handler({ action: 'tick' }, fakeContext())).toEqual({ ok: true });
    });

    expect(out.entries[0]).toMatchObject({
      level: 'WARN',
      message: 'could not record the last successful run',
    });
  });
});
