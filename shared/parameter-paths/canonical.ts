/** The one comparison of parameter names used by the whole product. */
import { validateName } from './validate.ts';

/**
 * The comparison key of a parameter name: its canonical form (a single-level name without
 * the leading slash, a hierarchical name with it; case-sensitive, as Parameter Store is).
 * Accepts any name a caller may read (reserved prefixes included, surrounding spaces
 * stripped). Throws `ParameterNameError` for an invalid name. ARNs and `:selector` forms
 * are not names: parse them with `parseReference`.
 */
export function parameterKey(name: string): string {
  return validateName(name, { purpose: 'read' });
}

/**
 * Whether two names denote the same parameter: `sameParameter('/cloak-key', 'cloak-key')`
 * is true, `sameParameter('/qlarius/cloak-key', '/qlarius/cloak-key-backup')` is false.
 * Never throws: an invalid name (including an ARN or a `:selector` form) is the same as nothing.
 */
export function sameParameter(a: string, b: string): boolean {
  try {
    return parameterKey(a) === parameterKey(b);
  } catch {
    return false;
  }
}
