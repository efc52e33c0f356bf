/** Fixed values of the logging module: what redaction writes and what it looks for. */
export { REDACTED } from '../alerts/constants.ts';

/** Keys whose values are treated as credentials (case-insensitive, anywhere in the key). */
export const SENSITIVE_KEY = /token|secret|password|passphrase|authorization|credential|api[-_]?key/i;

/**
 * Inside a sensitive key, text that looks like a credential even when nobody registered it:
 * a Twilio auth token (32 hex digits), a cloak key (base64 of 32 bytes), an HTTP
 * `Basic`/`Bearer` credential.
 */
export const CREDENTIAL_LIKE = [
  /(?<![0-9a-f])[0-9a-f]{32}(?![0-9a-f])/gi,
  /(?<![A-Za-z0-9+/])[A-Za-z0-9+/]{43}=/g,
  /\b(Basic|Bearer)\s+[A-Za-z0-9+/=._~-]+/gi,
] as const;

/** Derived forms shorter than this are not registered (they would match by chance). */
export const MIN_DERIVED_FORM_LENGTH = 8;
