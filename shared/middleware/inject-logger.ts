/**
 * Adds the invocation's Lambda context (function name, request id, cold start) to every
 * entry of the logger, and clears the keys a handler appended with `appendKeys` when the
 * invocation ends, so they do not leak into the next one.
 */
import type { Logger } from '@aws-lambda-powertools/logger';
import type { MiddlewareObj } from '@middy/core';

/** The middleware. Never throws. */
export function injectLogger(logger: Logger): MiddlewareObj<unknown, unknown> {
  const reset = () => {
    logger.resetKeys();
  };
  return {
    before: (request) => {
      logger.addContext(request.context);
    },
    after: reset,
    onError: reset,
  };
}
