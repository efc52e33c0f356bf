/**
 * Deep redaction of anything about to be written: every string (message, extra keys, error
 * messages and stacks, object keys) loses the registered secret values; inside a key named
 * like a credential (`token`, `secret`, `password`, `authorization`, ...) text that looks
 * like a credential goes too, registered or not. Errors become plain objects first, their
 * `cause` chain included, so nothing is left for a later serialiser to expand.
 */
import { CREDENTIAL_LIKE, REDACTED, SENSITIVE_KEY } from './constants.ts';
import type { SecretRegistry } from './secret-registry.ts';

export interface RedactOptions {
  readonly secrets: SecretRegistry;
  /** How an error becomes a plain object (the log formatter's `formatError`). */
  readonly formatError: (error: Error) => Record<string, unknown>;
}

/** A copy of `value` with secrets redacted; cycles become `[Circular]`. Never throws. */
export function redactValue(value: unknown, options: RedactOptions): unknown {
  return walk(value, options, false, new WeakSet());
}

/** `text` without registered values, and without credential-like text when `sensitive`. */
export function redactText(text: string, secrets: SecretRegistry, sensitive: boolean): string {
  let out = secrets.redact(text);
  if (sensitive) for (const pattern of CREDENTIAL_LIKE) out = out.replace(pattern, REDACTED);
  return out;
}

function walk(value: unknown, options: RedactOptions, sensitive: boolean, seen: WeakSet<object>): unknown {
  if (typeof value === 'string') return redactText(value, options.secrets, sensitive);
  if (typeof value !== 'object' || value === null) return value;
  if (seen.has(value)) return '[Circular]';
  seen.add(value);
  try {
    if (value instanceof Error) return walk(options.formatError(value), options, sensitive, seen);
    if (value instanceof Date) return value;
    if (ArrayBuffer.isView(value)) return `[binary, ${value.byteLength} bytes]`;
    if (Array.isArray(value)) return value.map((item) => walk(item, options, sensitive, seen));
    if (value instanceof Map) return walk(Object.fromEntries(value), options, sensitive, seen);
    if (value instanceof Set) return walk([...value], options, sensitive, seen);
    const toJSON = (value as { toJSON?: unknown }).toJSON;
    if (typeof toJSON === 'function') return walk(toJSON.call(value), options, sensitive, seen);
    const out: Record<string, unknown> = {};
    for (const [key, inner] of Object.entries(value)) {
      out[options.secrets.redact(key)] = walk(inner, options, sensitive || SENSITIVE_KEY.test(key), seen);
    }
    return out;
  } finally {
    seen.delete(value);
  }
}
