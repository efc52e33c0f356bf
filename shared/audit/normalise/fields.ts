/**
 * Type checks for values read from untrusted JSON. Callers read each field by name at the
 * call site (`str(raw.eventName)`), which keeps V8's property caches fast; these helpers
 * only check what was read. The normaliser reads only CloudTrail's field names, none of
 * which `Object.prototype` has, so a plain read is as safe as an own-property check.
 */

export type JsonObject = Record<string, unknown>;

/** Whether a value is a JSON object (not null, not an array). Never throws. */
export function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The value if it is text, else undefined. Never throws. */
export function str(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined;
}

/** The value if it is non-empty text, else undefined. Never throws. */
export function nonEmpty(value: unknown): string | undefined {
  return typeof value === 'string' && value !== '' ? value : undefined;
}

/** The value if it is a JSON object, else undefined. Never throws. */
export function obj(value: unknown): JsonObject | undefined {
  return isObject(value) ? value : undefined;
}
