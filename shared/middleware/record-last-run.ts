/**
 * Records the function's last successful run in the ops table (`recordRun`), shown by
 * `status`. Only after the handler returned a result that is not a refusal
 * (`{ ok: false }`); never after an error or a rejected payload.
 */
import type { Logger } from '@aws-lambda-powertools/logger';
import type { MiddlewareObj } from '@middy/core';
import { recordRun } from '../ops-state/last-runs.ts';
import type { OpsTable } from '../ops-state/types.ts';
import { isErrorResult } from './result.ts';

export interface RecordLastRunOptions {
  readonly table: OpsTable;
  /** The name `status` shows, e.g. `rotation` (default: the Lambda function's name). */
  readonly functionName?: string;
  readonly logger?: Logger;
}

/**
 * The middleware. A failure to record is logged at warn level and does not fail the
 * invocation (its work is done; failing it would only make Lambda retry it).
 */
export function recordLastRun(options: RecordLastRunOptions): MiddlewareObj<unknown, unknown> {
  return {
    after: async (request) => {
      if (isErrorResult(request.response)) return;
      const functionName = options.functionName ?? request.context.functionName;
      try {
        await recordRun(options.table, functionName);
      } catch (error) {
        options.logger?.warn('could not record the last successful run', { functionName, error });
      }
    },
  };
}
