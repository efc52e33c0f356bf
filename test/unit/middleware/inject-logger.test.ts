import middy from '@middy/core';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { injectLogger } from '../../../shared/middleware/index.ts';
import { captureOutput } from '../logging/capture-logs.ts';
import { fakeContext, redactingLogger } from './fakes.ts';

function loggingHandler() {
  const { logger } = redactingLogger();
  const handler = middy<unknown, unknown>()
    .use(injectLogger(logger))
    .handler(async (event) => {
      logger.appendKeys({ step: String((event as { step: string }).step) });
      logger.info('working');
      return { ok: true };
    });
  return { logger, handler };
}

describe('injectLogger', () => {
  afterEach(() => {
    vi.unstubAllEnvs();
  });

  it('adds the function name and request id to every entry', async () => {
    const { handler } = loggingHandler();
    const context = fakeContext();

    const out = await captureOutput(() => handler({ step: 'create' }, context));

    expect(out.entries[0]).toMatchObject({
      function_name: 'sra-prod-rotation',
      function_request_id: context.awsRequestId,
      function_memory_size: '256',
    });
  });

  it('marks the first on-demand invocation as a cold start and the next one not', async () => {
    vi.stubEnv('AWS_LAMBDA_INITIALIZATION_TYPE', 'on-demand');
    const { handler } = loggingHandler();

    const out = await captureOutput(async () => {
      await handler({ step: 'a' }, fakeContext());
      await handler({ step: 'b' }, fakeContext());
    });

    expect(out.entries.map((e) => e.cold_start)).toEqual([true, false]);
  });

  it('clears the keys appended during an invocation when it ends', async () => {
    const { handler, logger } = loggingHandler();
    await captureOutput(() => handler({ step: 'create' }, fakeContext()));

    const out = await captureOutput(() => logger.info('after'));

    expect(out.entries[0]).not.toHaveProperty('step');
  });
});
