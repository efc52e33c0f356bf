/** Keeps secret values out of alerts: callers pass the values they hold; any occurrence is replaced. */
import { REDACTED } from './constants.ts';

/** Replaces every occurrence of each non-empty value in `text` with `[REDACTED]`. Never throws. */
export function redact(text: string, secretValues: readonly string[]): string {
  let out = text;
  for (const value of secretValues) if (value.length > 0) out = out.replaceAll(value, REDACTED);
  return out;
}

/** True when `text` contains one of the non-empty values. Never throws. */
export function containsSecretValue(text: string, secretValues: readonly string[]): boolean {
  return secretValues.some((value) => value.length > 0 && text.includes(value));
}
