/** Validation of parameter names and version labels by Parameter Store's rules. */
import { arnPrefix } from './arn-context.ts';
import { LIMITS, PATTERNS, RULES } from './constants.ts';
import { invalidMessage, ParameterLabelError, ParameterNameError, quote } from './errors.ts';
import {
  canonicalFromSegments,
  nameProblem,
  type Problem,
  reservedPrefixOf,
  splitName,
  stripSurroundingSpaces,
} from './name-rules.ts';
import type { LabelCheck, NameCheck, NameOptions } from './types.ts';

/**
 * Checks a parameter name without throwing. On success `name` is the canonical form: a
 * single-level name without its leading slash (`/cloak-key` → `cloak-key`), a hierarchical
 * name unchanged (it always starts with `/`). With purpose `read`, surrounding spaces are
 * stripped first (as the service does) and reserved prefixes are allowed. Never throws.
 */
export function checkName(name: string, options: NameOptions = {}): NameCheck {
  const purpose = options.purpose ?? 'create';
  const text = purpose === 'read' ? stripSurroundingSpaces(name) : name;
  const problem = nameProblem(text, purpose) ?? arnLengthProblem(text, options);
  if (problem) return { ok: false, rule: problem.rule, message: nameMessage(name, problem) };
  return { ok: true, name: canonicalFromSegments(splitName(text)) };
}

/**
 * Returns the canonical form of a valid parameter name (see `checkName`).
 * Throws `ParameterNameError` naming the value and the broken rule.
 */
export function validateName(name: string, options: NameOptions = {}): string {
  const result = checkName(name, options);
  if (!result.ok) throw new ParameterNameError(result.rule, result.message);
  return result.name;
}

/** The message for a name that broke a rule: `parameter name "<name>" is invalid: ...`. */
export function nameMessage(name: string, problem: Problem): string {
  return invalidMessage('parameter name', name, problem.reason, problem.rule);
}

function arnLengthProblem(name: string, options: NameOptions): Problem | undefined {
  if (options.arn === undefined || (options.purpose ?? 'create') !== 'create') return undefined;
  const prefix = arnPrefix(options.arn);
  const total = prefix.length + name.length;
  if (total <= LIMITS.maxNameLength) return undefined;
  return {
    rule: RULES.nameTooLong,
    reason: `counts ${total} characters with the ARN prefix ${quote(prefix)}; the limit is ${LIMITS.maxNameLength}`,
  };
}

/**
 * Checks a version label: 1-100 of `a-zA-Z0-9_.-`, not starting with a digit, `aws` or `ssm`
 * (in any case). Never throws.
 */
export function checkLabel(label: string): LabelCheck {
  const problem = labelProblem(label);
  if (!problem) return { ok: true, label };
  return {
    ok: false,
    rule: problem.rule,
    message: invalidMessage('parameter label', label, problem.reason, problem.rule),
  };
}

/** Returns a valid label unchanged. Throws `ParameterLabelError` naming the label and the broken rule. */
export function validateLabel(label: string): string {
  const result = checkLabel(label);
  if (!result.ok) throw new ParameterLabelError(result.rule, result.message);
  return result.label;
}

function labelProblem(label: string): Problem | undefined {
  if (label.length < 1 || label.length > LIMITS.maxLabelLength) {
    return {
      rule: RULES.labelLength,
      reason: `is ${label.length} characters long; a label has 1 to ${LIMITS.maxLabelLength}`,
    };
  }
  if (!PATTERNS.labelCharacters.test(label)) {
    return { rule: RULES.labelCharacters, reason: 'may contain only letters, digits and _ . -' };
  }
  if (/^[0-9]/.test(label)) return { rule: RULES.labelLeadingDigit, reason: 'starts with a digit' };
  const reserved = reservedPrefixOf(label);
  if (reserved !== undefined) {
    return {
      rule: RULES.labelReservedPrefix,
      reason: `begins with ${quote(reserved)}; no label may begin with aws or ssm in any case`,
    };
  }
  return undefined;
}
