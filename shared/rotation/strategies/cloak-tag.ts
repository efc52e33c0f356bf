/**
 * The Cloak tag of a key (C-10): `AES.GCM.` and the first 8 hex digits of the SHA-256 of the
 * key's 32 bytes. It depends on the key, not on its version, so a rollback that writes an
 * old key again keeps its tag, and two keys get the same tag only with negligible chance.
 */
import { createHash } from 'node:crypto';
import { CLOAK_TAG, ROTATION_LIMITS } from '../constants.ts';

/** Decodes strict base64 of exactly 32 bytes; undefined for anything else. Never throws. */
export function decodeCloakKey(value: string): Buffer | undefined {
  if (!/^[A-Za-z0-9+/]+={0,2}$/.test(value)) return undefined;
  const bytes = Buffer.from(value, 'base64');
  if (bytes.length !== ROTATION_LIMITS.cloakKeyBytes || bytes.toString('base64') !== value) return undefined;
  return bytes;
}

/** The tag of a base64 cloak key, or undefined when it is not a 32-byte key. Never throws. */
export function cloakTag(value: string): string | undefined {
  const bytes = decodeCloakKey(value);
  if (bytes === undefined) return undefined;
  const digest = createHash('sha256').update(bytes).digest('hex');
  return `${CLOAK_TAG.prefix}${digest.slice(0, CLOAK_TAG.hexDigits)}`;
}
