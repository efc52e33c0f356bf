/**
 * Maps errors thrown by the handler. A known domain error (listed by class, the most
 * specific first) becomes a structured result `{ ok: false, error: { code, message } }`
 * and is logged at warn level; any other error is logged at error level and rethrown, so
 * an asynchronous invocation's failure destination receives it. In both cases registered
 * secret values are removed from the error (message, stack, causes) first.
 */
import type { Logger } from '@aws-lambda-powertools/logger';
import type { MiddlewareObj } from '@middy/core';
import { redactError } from '../logging/redact-error.ts';
import type { SecretRegistry } from '../logging/secret-registry.ts';
import { errorResult } from './result.ts';

/** A domain error the caller can act on, and the result code it is answered with. */
export interface KnownError {
  readonly type: abstract new (...args: never[]) => Error;
  readonly code: string;
  /** Extra fields of the result (no secret values); default none. */
  readonly details?: (error: Error) => Record<string, unknown>;
}

export interface MapErrorsOptions {
  readonly logger: Logger;
  readonly secrets: SecretRegistry;
  readonly known?: readonly KnownError[];
}

/** The middleware. Its `onError` rethrows (by leaving the error unanswered) any unknown error. */
export function mapErrors(options: MapErrorsOptions): MiddlewareObj<unknown, unknown> {
  return {
    onError: (request) => {
      const error: unknown = redactError(request.error, options.secrets);
      const match = options.known?.find((known) => error instanceof known.type);
      if (match && error instanceof Error) {
        options.logger.warn('refused', { code: match.code, error });
        const details = match.details?.(error);
        request.response = errorResult(match.code, error.message, details ? { details } : {});
        return undefined;
      }
      if (error instanceof Error) options.logger.error('unhandled error', error);
      else options.logger.error('unhandled error', { thrown: String(error) });
      return undefined;
    },
  };
}
