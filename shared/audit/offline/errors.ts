/** Errors of the offline audit. A file that cannot be read is never thrown: it is reported as skipped. */
import { AuditError } from '../errors.ts';

/** A path given to the offline audit does not exist or is neither a file nor a directory. */
export class OfflineInputError extends AuditError {
  override name = 'OfflineInputError';
}
