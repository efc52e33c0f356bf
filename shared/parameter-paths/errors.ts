import type { RuleId } from './constants.ts';

const MAX_QUOTED = 200;

/**
 * Quotes a value for an error message: JSON-escaped (so control characters stay visible)
 * and cut to 200 characters with an ellipsis. Names are never secret values.
 */
export function quote(value: string): string {
  const shown = value.length > MAX_QUOTED ? `${value.slice(0, MAX_QUOTED)}…` : value;
  return JSON.stringify(shown);
}

/** A name, label, selector, ARN, path or layout setting broke one of the rules in `RULES`. */
export class ParameterPathError extends Error {
  override name = 'ParameterPathError';
  /** The id of the broken rule, one of `RULES`. */
  readonly rule: RuleId;

  constructor(rule: RuleId, message: string, options?: ErrorOptions) {
    super(message, options);
    this.rule = rule;
  }
}

/** A parameter name (or GetParametersByPath path) breaks Parameter Store's naming rules. */
export class ParameterNameError extends ParameterPathError {
  override name = 'ParameterNameError';
}

/** A version label breaks Parameter Store's label rules. */
export class ParameterLabelError extends ParameterPathError {
  override name = 'ParameterLabelError';
}

/** A `:selector` after a name is empty, doubled, or not a positive whole version number. */
export class ParameterSelectorError extends ParameterPathError {
  override name = 'ParameterSelectorError';
}

/** An ARN is not a parameter ARN of a supported partition, or its parts are malformed. */
export class ParameterArnError extends ParameterPathError {
  override name = 'ParameterArnError';
}

/** The path settings are unusable: a bad root, stage or ops root, or a bad catalog entry. */
export class PathLayoutError extends ParameterPathError {
  override name = 'PathLayoutError';
}

/** Formats the standard message: `<subject> <quoted value> is invalid: <reason> (rule: <rule>)`. */
export function invalidMessage(subject: string, value: string, reason: string, rule: RuleId): string {
  return `${subject} ${quote(value)} is invalid: ${reason} (rule: ${rule})`;
}
