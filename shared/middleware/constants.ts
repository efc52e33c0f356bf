/** Fixed values of the handler middlewares. */
export const RESULT_CODES = {
  /** The payload failed its schema; nothing was done. */
  invalidPayload: 'invalid-payload',
} as const;

/** The issue path written for a problem of the payload as a whole. */
export const PAYLOAD_ROOT = '(payload)';
