/**
 * Parameter Store's naming rules as pure functions returning the first broken rule.
 * Internal: the public entry points are in `validate.ts`, `layout-checks.ts` and
 * `path-coverage.ts`, which turn a problem into the right error.
 */
import { LIMITS, PATTERNS, RESERVED_PREFIXES, RULES, type RuleId } from './constants.ts';
import { quote } from './errors.ts';
import type { NamePurpose } from './types.ts';

/** The first rule a value breaks, with the human reason (no subject, no rule id). */
export interface Problem {
  rule: RuleId;
  reason: string;
}

const ONE_NAME_CHARACTER = /[a-zA-Z0-9_.\-/]/;

/** Strips the spaces around a name the service would strip (inner spaces stay, and fail). */
export function stripSurroundingSpaces(text: string): string {
  return text.replace(/^ +| +$/g, '');
}

/** Spaces, then characters outside `a-zA-Z0-9_.-/`. */
export function characterProblem(text: string): Problem | undefined {
  if (text.includes(' ')) return { rule: RULES.noSpaces, reason: 'contains a space' };
  if (PATTERNS.nameCharacters.test(text)) return undefined;
  const bad = [...text].find((c) => !ONE_NAME_CHARACTER.test(c)) ?? '';
  return {
    rule: RULES.allowedCharacters,
    reason: `contains ${quote(bad)}; only letters, digits and _ . - / are allowed`,
  };
}

/** Empty segments and a trailing slash, shared by names and relative paths. */
export function slashProblem(text: string): Problem | undefined {
  if (text.endsWith('/')) return { rule: RULES.noTrailingSlash, reason: 'ends with "/"' };
  if (text.includes('//')) return { rule: RULES.noEmptySegments, reason: 'contains an empty segment ("//")' };
  return undefined;
}

/** The reserved `aws` / `ssm` prefix of a first segment or a label, as written, if any. */
export function reservedPrefixOf(text: string): string | undefined {
  const lower = text.toLowerCase();
  const prefix = RESERVED_PREFIXES.find((p) => lower.startsWith(p));
  return prefix === undefined ? undefined : text.slice(0, prefix.length);
}

/** The first naming rule `name` breaks, in a fixed order; undefined for a valid name. */
export function nameProblem(name: string, purpose: NamePurpose): Problem | undefined {
  if (name.length === 0) return { rule: RULES.nameEmpty, reason: 'is empty' };
  if (name.length > LIMITS.maxNameLength) {
    return {
      rule: RULES.nameTooLong,
      reason: `is ${name.length} characters long; the limit is ${LIMITS.maxNameLength}`,
    };
  }
  const problem = characterProblem(name) ?? leadingSlashProblem(name) ?? slashProblem(name);
  if (problem) return problem;
  const segments = splitName(name);
  if (segments.length > LIMITS.maxHierarchyDepth) {
    return {
      rule: RULES.maxDepth,
      reason: `has ${segments.length} levels; the limit is ${LIMITS.maxHierarchyDepth}`,
    };
  }
  const reserved = purpose === 'create' ? reservedPrefixOf(segments[0] ?? '') : undefined;
  if (reserved !== undefined) {
    return {
      rule: RULES.reservedPrefix,
      reason: `begins with ${quote(reserved)}; no name may begin with aws or ssm in any case`,
    };
  }
  return undefined;
}

function leadingSlashProblem(name: string): Problem | undefined {
  if (!name.includes('/') || name.startsWith('/')) return undefined;
  return {
    rule: RULES.hierarchicalLeadingSlash,
    reason: 'contains "/" but does not start with "/" (a hierarchical name starts with a slash)',
  };
}

/** The segments of a valid name or path, without the leading slash: `/a/b` → `['a', 'b']`. */
export function splitName(name: string): string[] {
  const body = name.startsWith('/') ? name.slice(1) : name;
  return body === '' ? [] : body.split('/');
}

/**
 * The canonical form of a valid name: a single-level name without its leading slash
 * (`/cloak-key` → `cloak-key`, the form an ARN gives back), a hierarchical name with it.
 */
export function canonicalFromSegments(segments: readonly string[]): string {
  return segments.length === 1 ? (segments[0] ?? '') : `/${segments.join('/')}`;
}

/** Whether `segments` begins with every segment of `prefix`, segment by segment. */
export function startsWithSegments(segments: readonly string[], prefix: readonly string[]): boolean {
  return prefix.length <= segments.length && prefix.every((segment, i) => segments[i] === segment);
}
