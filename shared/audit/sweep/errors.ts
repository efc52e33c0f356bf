/** Errors of the audit sweep. Each extends `AuditError`; the SDK error is kept as `cause`. */
import { AuditError } from '../errors.ts';

/** A sweep could not run or finish; nothing it read was lost (see the subclasses). */
export class SweepError extends AuditError {
  override name = 'SweepError';
}

/**
 * LookupEvents failed for good: throttled or failing after every retry, or refused (access
 * denied, an invalid request). A scheduled sweep keeps its checkpoint, so the next
 * invocation reads the same window again.
 */
export class LookupEventsError extends SweepError {
  override name = 'LookupEventsError';

  constructor(
    message: string,
    /** The error name of the last answer, e.g. `ThrottlingException`. */
    readonly code: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

/** An operator's window is not usable: it ends before it starts, lies in the future, or beyond the 90 days kept. */
export class SweepWindowError extends SweepError {
  override name = 'SweepWindowError';
}
