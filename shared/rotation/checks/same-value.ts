/**
 * Whether two versions of a parameter hold the same value (after a rollback, a key written
 * back is a new version with an old value). Compared by SHA-256 fingerprint; the values are
 * never returned. Undefined when either value was not read (no decryption).
 */
import { createHash } from 'node:crypto';
import { type ParameterSnapshot, versionOf } from '../ssm/history.ts';

const fingerprint = (value: string) => createHash('sha256').update(value).digest('hex');

/** True or false when both values were read; undefined otherwise. Never throws. */
export function sameValue(parameter: ParameterSnapshot, a: number, b: number): boolean | undefined {
  const left = versionOf(parameter, a)?.value;
  const right = versionOf(parameter, b)?.value;
  if (left === undefined || right === undefined) return undefined;
  return fingerprint(left) === fingerprint(right);
}
