/** Errors of the audit. Record-level problems are never thrown: they are skipped with a reason. */

/** The general audit error. */
export class AuditError extends Error {
  override name = 'AuditError';
}

/**
 * A CloudTrail log file is not `{"Records": [...]}`: it is not a JSON object, has no array
 * under the key, or its JSON breaks off. Thrown by the log-file splitter.
 */
export class LogFileFormatError extends AuditError {
  override name = 'LogFileFormatError';
}

/** A rule list cannot make an engine: two rules share an id. */
export class RuleSetError extends AuditError {
  override name = 'RuleSetError';
}
