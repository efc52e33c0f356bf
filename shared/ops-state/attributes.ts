/** Small, explicit AttributeValue helpers (the table stores flat items; no marshalling library). */
import type { AttributeValue } from '@aws-sdk/client-dynamodb';
import { CorruptItemError } from './errors.ts';
import type { Item, ItemKey } from './types.ts';

export const str = (value: string): AttributeValue => ({ S: value });
export const num = (value: number): AttributeValue => ({ N: String(value) });

/** The key as an AttributeValue map. */
export function keyItem(key: ItemKey): Item {
  return { pk: str(key.pk), sk: str(key.sk) };
}

/** Epoch seconds for the TTL attribute: `untilMs` plus `slackSeconds`. */
export function ttlSeconds(untilMs: number, slackSeconds: number): number {
  return Math.ceil(untilMs / 1000) + slackSeconds;
}

/** A string attribute, or undefined when absent. Throws `CorruptItemError` when it has another type. */
export function optionalString(item: Item, name: string, what: string): string | undefined {
  const value = item[name];
  if (value === undefined) return undefined;
  if (value.S === undefined) throw new CorruptItemError(`${what}: attribute "${name}" is not a string`);
  return value.S;
}

/** A numeric attribute, or undefined when absent. Throws `CorruptItemError` when it has another type. */
export function optionalNumber(item: Item, name: string, what: string): number | undefined {
  const value = item[name];
  if (value === undefined) return undefined;
  const parsed = value.N === undefined ? Number.NaN : Number(value.N);
  if (!Number.isFinite(parsed)) throw new CorruptItemError(`${what}: attribute "${name}" is not a number`);
  return parsed;
}

/** A required string attribute. Throws `CorruptItemError` when absent or of another type. */
export function requiredString(item: Item, name: string, what: string): string {
  const value = optionalString(item, name, what);
  if (value === undefined) throw new CorruptItemError(`${what}: attribute "${name}" is missing`);
  return value;
}

/** A required numeric attribute. Throws `CorruptItemError` when absent or of another type. */
export function requiredNumber(item: Item, name: string, what: string): number {
  const value = optionalNumber(item, name, what);
  if (value === undefined) throw new CorruptItemError(`${what}: attribute "${name}" is missing`);
  return value;
}
