/** References with selectors: `name`, `name:label`, `name:version`, and the same as ARNs. */
import { nameInArn, splitParameterArn } from './arn.ts';
import { PATTERNS, RULES, type RuleId } from './constants.ts';
import { invalidMessage, ParameterSelectorError, quote } from './errors.ts';
import { stripSurroundingSpaces } from './name-rules.ts';
import type { ParameterReference, Selector } from './types.ts';
import { validateLabel, validateName } from './validate.ts';

/**
 * Parses a parameter reference as GetParameter and GetParameters accept it: a plain name
 * (with or without leading slash), `name:label`, `name:version`, or a full parameter ARN
 * with or without selector. The selector is whatever follows the one `:` after the name
 * (names cannot contain `:`; the colons of an ARN come before `parameter/`). A selector
 * starting with a digit is a version, anything else a label.
 * Throws `ParameterNameError`, `ParameterArnError`, `ParameterLabelError` or
 * `ParameterSelectorError` naming the broken rule.
 */
export function parseReference(input: string): ParameterReference {
  const text = stripSurroundingSpaces(input);
  if (text.startsWith('arn:')) {
    const { context, resource } = splitParameterArn(text);
    const [body, selectorText] = splitSelector(input, resource);
    const name = nameInArn(text, body);
    return withSelector({ name, arn: context }, input, selectorText);
  }
  const [body, selectorText] = splitSelector(input, text);
  return withSelector({ name: validateName(body, { purpose: 'read' }) }, input, selectorText);
}

/**
 * Parses the text after the `:`: digits are a version (a positive whole number without a
 * leading zero), anything else a label. Throws `ParameterSelectorError` or `ParameterLabelError`.
 */
export function parseSelector(text: string, reference = text): Selector {
  if (text === '') throw selectorError(reference, RULES.selectorEmpty, 'the selector after ":" is empty');
  if (!/^[0-9]/.test(text)) return { kind: 'label', label: validateLabel(text) };
  const version = Number(text);
  if (!PATTERNS.version.test(text) || !Number.isSafeInteger(version)) {
    throw selectorError(reference, RULES.versionPositiveInteger, notAVersion(text));
  }
  return { kind: 'version', version };
}

/**
 * Formats a reference: the canonical name, then `:label` or `:version` if a selector is given.
 * Throws `ParameterNameError` for an invalid name, `ParameterLabelError` for an invalid label,
 * `ParameterSelectorError` for a version that is not a positive whole number.
 */
export function formatReference(name: string, selector?: Selector): string {
  const canonical = validateName(name, { purpose: 'read' });
  return selector === undefined ? canonical : `${canonical}:${formatSelector(selector, canonical)}`;
}

function formatSelector(selector: Selector, reference: string): string {
  if (selector.kind === 'label') return validateLabel(selector.label);
  const { version } = selector;
  if (Number.isSafeInteger(version) && version >= 1) return String(version);
  throw selectorError(`${reference}:${version}`, RULES.versionPositiveInteger, notAVersion(String(version)));
}

function splitSelector(input: string, text: string): [string, string | undefined] {
  const [body = '', selector, ...extra] = text.split(':');
  if (extra.length > 0)
    throw selectorError(input, RULES.selectorSingleColon, 'has more than one ":" after the name');
  return [body, selector];
}

function withSelector(
  reference: ParameterReference,
  input: string,
  selectorText: string | undefined,
): ParameterReference {
  return selectorText === undefined
    ? reference
    : { ...reference, selector: parseSelector(selectorText, input) };
}

function notAVersion(text: string): string {
  return `version ${quote(text)} is not a positive whole number`;
}

function selectorError(reference: string, rule: RuleId, reason: string): ParameterSelectorError {
  return new ParameterSelectorError(rule, invalidMessage('parameter reference', reference, reason, rule));
}
