import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { createLambdaHandler } from '../../../shared/middleware/index.ts';
import { createSecretScan } from '../../helpers/secret-scan.ts';
import { captureOutput } from '../logging/capture-logs.ts';
import { fakeContext, fakeTable, redactingLogger, SECRET } from './fakes.ts';

class RefusedError extends Error {}

const schema = z.strictObject({ action: z.enum(['tick', 'fail', 'refuse']) });

function stack() {
  const { logger, secrets } = redactingLogger();
  const fake = fakeTable();
  const handler = createLambdaHandler(
    async (event) => {
      if (event.action === 'fail') throw new Error(`crashed holding ${SECRET}`);
      if (event.action === 'refuse') throw new RefusedError('not now');
      return { ok: true, action: event.action };
    },
    {
      logger,
      secrets,
      schema,
      known: [{ type: RefusedError, code: 'refused' }],
      lastRun: { table: fake.table, functionName: 'rotation' },
    },
  );
  return { handler, fake };
}

describe('createLambdaHandler', () => {
  it("answers the handler's result and records the run", async () => {
    const { handler, fake } = stack();

    const result = await handler({ action: 'tick' }, fakeContext());

    expect(result).toEqual({ ok: true, action: 'tick' });
    expect(fake.sent.map((s) => s.command)).toEqual(['PutItemCommand']);
  });

  it('answers invalid-payload for a bad payload and records nothing', async () => {
    const { handler, fake } = stack();

    const result = await captureOutput(async () => {
      expect(await handler({ action: 'explode' }, fakeContext())).toMatchObject({
        ok: false,
        error: { code: 'invalid-payload', issues: [{ path: 'action' }] },
      });
    });

    expect(result.entries[0]).toMatchObject({ level: 'WARN', message: 'invalid payload' });
    expect(fake.sent).toEqual([]);
  });

  it('answers a known error as a refusal and records nothing', async () => {
    const { handler, fake } = stack();

    await captureOutput(async () => {
      expect(await handler({ action: 'refuse' }, fakeContext())).toEqual({
        ok: false,
        error: { code: 'refused', message: 'not now' },
      });
    });

    expect(fake.sent).toEqual([]);
  });

  it('rethrows an unknown error redacted, logging nothing secret, recording nothing', async () => {
    const { handler, fake } = stack();
    const scan = createSecretScan([SECRET]);

    const out = await captureOutput(async () => {
      const error = await handler({ action: 'fail' }, fakeContext()).then(
        () => undefined,
        (e: unknown) => e,
      );
      scan.add('rethrown', error);
      expect(error).toMatchObject({ message: 'crashed holding [REDACTED]' });
    });

    scan.add('log', out.raw);
    expect(scan.findings()).toEqual([]);
    expect(fake.sent).toEqual([]);
  });
});
