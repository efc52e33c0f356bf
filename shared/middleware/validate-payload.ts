/**
 * Validates the event against a zod schema before the handler runs. A bad payload gets
 * `{ ok: false, error: { code: 'invalid-payload', message, issues } }`, each issue naming
 * its field, and the handler is not called (nothing is done). A good one replaces the event
 * with the parsed value (defaults applied, types narrowed).
 */
import type { Logger } from '@aws-lambda-powertools/logger';
import type { MiddlewareObj } from '@middy/core';
import type { z } from 'zod';
import { PAYLOAD_ROOT, RESULT_CODES } from './constants.ts';
import { type ErrorResult, errorResult, type PayloadIssue } from './result.ts';

/** The middleware. Never throws (a schema that throws propagates from `safeParse`). */
export function validatePayload<S extends z.ZodType>(
  schema: S,
  options: { logger?: Logger } = {},
): MiddlewareObj<unknown, unknown> {
  return {
    before: (request) => {
      const parsed = schema.safeParse(request.event);
      if (parsed.success) {
        request.event = parsed.data;
        return undefined;
      }
      const result = invalidPayload(parsed.error.issues);
      options.logger?.warn('invalid payload', { issues: result.error.issues });
      return result;
    },
  };
}

/** The refusal for zod's issues. Never throws. */
export function invalidPayload(issues: readonly z.core.$ZodIssue[]): ErrorResult {
  const named: PayloadIssue[] = issues.map((issue) => ({
    path: pathOf(issue),
    message: issue.message,
  }));
  const message = `invalid payload: ${named.map((i) => `${i.path}: ${i.message}`).join('; ')}`;
  return errorResult(RESULT_CODES.invalidPayload, message, { issues: named });
}

function pathOf(issue: z.core.$ZodIssue): string {
  const keys = issue.code === 'unrecognized_keys' ? issue.keys : [];
  const base = issue.path.map(String);
  if (keys.length > 0) return keys.map((key) => [...base, key].join('.')).join(', ');
  return base.length === 0 ? PAYLOAD_ROOT : base.join('.');
}
