/**
 * Structured JSON logs without secrets: the `SecretRegistry` of values never to write, the
 * Powertools logger with the redacting formatter, and redaction helpers for errors that
 * leave the process by another way.
 */
export { CREDENTIAL_LIKE, REDACTED, SENSITIVE_KEY } from './constants.ts';
export { encodedForms } from './encoded-forms.ts';
export { RedactingLogFormatter } from './formatter.ts';
export { type CreateLoggerOptions, createLogger } from './logger.ts';
export { redactError } from './redact-error.ts';
export { type RedactOptions, redactText, redactValue } from './redact-value.ts';
export { SecretRegistry } from './secret-registry.ts';
