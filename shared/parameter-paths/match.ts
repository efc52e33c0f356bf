/** Mapping a reference seen in a request or an event to a managed secret, its pending value, or neither. */
import { sameArnContext } from './arn-context.ts';
import { RULES } from './constants.ts';
import { ParameterPathError } from './errors.ts';
import type { PathLayout } from './layout.ts';
import { parseReference } from './selector.ts';
import type { ArnContext, CheckFailure, Selector } from './types.ts';

/** What a reference denotes in this deployment. */
export type Resolution =
  | { kind: 'secret'; secretId: string; name: string; selector?: Selector }
  | { kind: 'pending'; secretId: string; name: string; selector?: Selector }
  | { kind: 'other'; name: string; selector?: Selector; arn?: ArnContext };

/** One entry of `resolveNames`: the input and its resolution or why it is invalid. */
export type NameResolution =
  | { input: unknown; ok: true; resolution: Resolution }
  | ({ input: unknown } & CheckFailure);

/**
 * Resolves a name (with or without leading slash), `name:label`, `name:version`, or a
 * parameter ARN (with or without selector). An ARN of another partition, region or account
 * is `other` (its name is a different parameter, however it is spelled), and so is any name
 * the layout does not manage. Throws the module's errors (`ParameterNameError`,
 * `ParameterArnError`, `ParameterLabelError`, `ParameterSelectorError`) for an invalid reference.
 */
export function resolveReference(layout: PathLayout, input: string): Resolution {
  const { name, selector, arn } = parseReference(input);
  const extra = selector === undefined ? {} : { selector };
  if (arn !== undefined && !sameArnContext(arn, layout.arnContext))
    return { kind: 'other', name, ...extra, arn };
  const managed = layout.lookupName(name);
  if (managed === undefined) return { kind: 'other', name, ...extra, ...(arn === undefined ? {} : { arn }) };
  return { kind: managed.kind, secretId: managed.secretId, name, ...extra };
}

/**
 * Resolves each entry of a `names` list (as recorded by CloudTrail for GetParameters), in
 * order. Never throws: an invalid entry, or one that is not text, is reported with its rule
 * and message. The list's length is not checked here.
 */
export function resolveNames(layout: PathLayout, names: readonly unknown[]): NameResolution[] {
  return names.map((input) => {
    if (typeof input !== 'string') {
      const rule = RULES.referenceIsText;
      return {
        input,
        ok: false,
        rule,
        message: `a names entry is not text but ${typeOf(input)} (rule: ${rule})`,
      };
    }
    try {
      return { input, ok: true, resolution: resolveReference(layout, input) };
    } catch (error) {
      if (!(error instanceof ParameterPathError)) throw error;
      return { input, ok: false, rule: error.rule, message: error.message };
    }
  });
}

function typeOf(value: unknown): string {
  if (value === null) return 'null';
  return Array.isArray(value) ? 'an array' : typeof value;
}
