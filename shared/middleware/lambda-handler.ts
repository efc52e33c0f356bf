/**
 * The standard middleware stack of a handler in `functions/`, in the one order that works:
 * logger context first; the payload validated before the handler; errors mapped; the last
 * successful run recorded only after a result that is not a refusal.
 *
 *   export const handler = createLambdaHandler(run, { logger, secrets, schema, known, lastRun });
 */
import type { Logger } from '@aws-lambda-powertools/logger';
import middy from '@middy/core';
import type { z } from 'zod';
import type { SecretRegistry } from '../logging/secret-registry.ts';
import { injectLogger } from './inject-logger.ts';
import { type KnownError, mapErrors } from './map-errors.ts';
import { type RecordLastRunOptions, recordLastRun } from './record-last-run.ts';
import type { LambdaContext } from './types.ts';
import { validatePayload } from './validate-payload.ts';

export interface LambdaHandlerOptions<S extends z.ZodType> {
  readonly logger: Logger;
  readonly secrets: SecretRegistry;
  /** The payload's schema; the handler receives the parsed value. */
  readonly schema: S;
  /** Domain errors answered as `{ ok: false, error: { code, message } }` (the most specific first). */
  readonly known?: readonly KnownError[];
  /** Where to record the last successful run; omitted: not recorded. */
  readonly lastRun?: Omit<RecordLastRunOptions, 'logger'>;
}

/**
 * Wraps `run` in the stack. The returned handler answers `run`'s result or a structured
 * refusal (`invalid-payload`, a known error's code); it throws (rejects with) any other
 * error, redacted. Creating it never throws.
 */
export function createLambdaHandler<S extends z.ZodType, R>(
  run: (event: z.output<S>, context: LambdaContext) => Promise<R>,
  options: LambdaHandlerOptions<S>,
) {
  const { logger, secrets, schema, known = [], lastRun } = options;
  const handler = middy<unknown, unknown>().use(injectLogger(logger));
  if (lastRun) handler.use(recordLastRun({ ...lastRun, logger }));
  return handler
    .use(mapErrors({ logger, secrets, known }))
    .use(validatePayload(schema, { logger }))
    .handler((event, context) => run(event as z.output<S>, context as LambdaContext));
}
