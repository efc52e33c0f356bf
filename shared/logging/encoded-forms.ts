/**
 * The ways a secret value can show up in output besides itself: hex (either case), base64
 * and base64url at each of the three byte alignments (so the token inside
 * `Basic base64(sid:token)` is found), URL-encoded, and, for a value that is itself base64
 * (a cloak key), the hex and base64url of its bytes.
 */
import { MIN_DERIVED_FORM_LENGTH } from './constants.ts';

/** The derived forms of `value` (not `value` itself), each long enough to be specific. Never throws. */
export function encodedForms(value: string): string[] {
  const bytes = Buffer.from(value, 'utf8');
  const forms = new Set<string>([
    encodeURIComponent(value),
    bytes.toString('hex'),
    bytes.toString('hex').toUpperCase(),
  ]);
  for (const shift of [0, 1, 2]) {
    forms.add(stableBase64(bytes, shift, 'base64'));
    forms.add(stableBase64(bytes, shift, 'base64url'));
  }
  const decoded = decodeBase64(value);
  if (decoded) {
    forms.add(decoded.toString('hex'));
    forms.add(decoded.toString('base64url'));
  }
  forms.delete(value);
  return [...forms].filter((form) => form.length >= MIN_DERIVED_FORM_LENGTH);
}

/**
 * The characters of the base64 of `value` placed after `shift` other bytes that depend on
 * `value` alone: they appear in any encoding of a text holding `value` at such an offset.
 */
function stableBase64(bytes: Buffer, shift: number, encoding: 'base64' | 'base64url'): string {
  const encoded = Buffer.concat([Buffer.alloc(shift), bytes]).toString(encoding);
  return encoded.slice(Math.ceil((shift * 8) / 6), Math.floor(((shift + bytes.length) * 8) / 6));
}

/** The bytes of a canonical base64 text of at least 16 bytes, or undefined. */
function decodeBase64(value: string): Buffer | undefined {
  if (!/^[A-Za-z0-9+/]+={0,2}$/.test(value) || value.length % 4 !== 0) return undefined;
  const decoded = Buffer.from(value, 'base64');
  return decoded.length >= 16 && decoded.toString('base64') === value ? decoded : undefined;
}
