/**
 * middy middlewares of the Lambda handlers: payload validation, error mapping, logger
 * context, last successful run; and `createLambdaHandler`, which stacks them in order.
 */
export { PAYLOAD_ROOT, RESULT_CODES } from './constants.ts';
export { injectLogger } from './inject-logger.ts';
export { createLambdaHandler, type LambdaHandlerOptions } from './lambda-handler.ts';
export { type KnownError, type MapErrorsOptions, mapErrors } from './map-errors.ts';
export { type RecordLastRunOptions, recordLastRun } from './record-last-run.ts';
export { type ErrorResult, errorResult, isErrorResult, type PayloadIssue } from './result.ts';
export type { LambdaContext } from './types.ts';
export { invalidPayload, validatePayload } from './validate-payload.ts';
