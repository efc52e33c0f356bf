/** Parameter ARNs: `arn:<partition>:ssm:<region>:<account>:parameter/<name without leading slash>`. */
import { arnContextProblem, arnPrefix } from './arn-context.ts';
import { RULES } from './constants.ts';
import { invalidMessage, ParameterArnError, quote } from './errors.ts';
import { canonicalFromSegments, nameProblem, type Problem, splitName } from './name-rules.ts';
import type { ArnContext, ParameterArn, Partition } from './types.ts';
import { validateName } from './validate.ts';

const RESOURCE_TYPE = 'parameter/';
const ARN_IN_TEXT = /arn:[a-z0-9-]+:ssm:[a-z0-9-]*:[0-9]*:parameter\/[A-Za-z0-9_.\-/:]*/g;

/**
 * The parameter ARNs inside free text, in order: a denied call's `errorMessage` names the
 * parameter (or by-path prefix, ending in `/`) only there. The ARNs are not validated:
 * give each to `resolveReference`, `parseParameterArn` or `secretsCoveredByPath`. Never throws.
 */
export function parameterArnsInText(text: string): string[] {
  return text.match(ARN_IN_TEXT) ?? [];
}

/**
 * The ARN of a parameter. `context` may be the path settings or any partition, region and
 * account. A leading slash is not repeated: `/qlarius/cloak-key` and `cloak-key` give
 * `...:parameter/qlarius/cloak-key` and `...:parameter/cloak-key`.
 * Throws `ParameterArnError` for a bad partition, region or account and `ParameterNameError`
 * for an invalid name (reserved prefixes are allowed: AWS public parameters have ARNs).
 */
export function parameterArn(context: ArnContext, name: string): string {
  assertArnContext(context);
  const canonical = validateName(name, { purpose: 'read' });
  return `${arnPrefix(context)}${splitName(canonical).join('/')}`;
}

/**
 * Parses a parameter ARN without selector. The name is canonical: a resource with a slash
 * (`parameter/qlarius/cloak-key`) is the hierarchical `/qlarius/cloak-key`, one without is the
 * single-level name. Throws `ParameterArnError` naming the broken rule (also for a bad name
 * inside the ARN, with that name's rule).
 */
export function parseParameterArn(arn: string): ParameterArn {
  const { context, resource } = splitParameterArn(arn);
  if (resource.includes(':')) {
    throw arnError(arn, { rule: RULES.arnResource, reason: 'has a ":" selector after the name' });
  }
  return { ...context, name: nameInArn(arn, resource) };
}

/**
 * Splits an ARN into its context and the text after `parameter/` (which may still carry a
 * `:selector`). Throws `ParameterArnError` for anything but an SSM parameter ARN of a
 * supported partition with a well-formed region and account.
 */
export function splitParameterArn(arn: string): { context: ArnContext; resource: string } {
  const parts = arn.split(':');
  const [prefix, partition = '', service, region = '', account = ''] = parts;
  if (prefix !== 'arn' || parts.length < 6) {
    throw arnError(arn, {
      rule: RULES.arnFormat,
      reason: 'is not arn:<partition>:ssm:<region>:<account>:parameter/<name>',
    });
  }
  if (service !== 'ssm') {
    throw arnError(arn, { rule: RULES.arnService, reason: `service ${quote(service ?? '')} is not ssm` });
  }
  const context = { partition: partition as Partition, region, account };
  const problem = arnContextProblem(context);
  if (problem) throw arnError(arn, problem);
  const resource = parts.slice(5).join(':');
  if (!resource.startsWith(RESOURCE_TYPE)) {
    throw arnError(arn, {
      rule: RULES.arnResource,
      reason: `resource ${quote(resource)} does not start with "parameter/"`,
    });
  }
  return { context, resource: resource.slice(RESOURCE_TYPE.length) };
}

/**
 * The canonical name for the text after `parameter/`: hierarchical when it holds a slash.
 * Throws `ParameterArnError` with the name's rule when the name is invalid.
 */
export function nameInArn(arn: string, body: string): string {
  const name = body.includes('/') ? `/${body}` : body;
  const problem = nameProblem(name, 'read');
  if (problem)
    throw arnError(arn, { rule: problem.rule, reason: `its name ${quote(name)} ${problem.reason}` });
  return canonicalFromSegments(splitName(name));
}

/** Throws `ParameterArnError` for a bad partition, region or account. */
export function assertArnContext(context: ArnContext): void {
  const problem = arnContextProblem(context);
  if (problem) {
    throw new ParameterArnError(
      problem.rule,
      `ARN parts are invalid: ${problem.reason} (rule: ${problem.rule})`,
    );
  }
}

function arnError(arn: string, problem: Problem): ParameterArnError {
  return new ParameterArnError(
    problem.rule,
    invalidMessage('parameter ARN', arn, problem.reason, problem.rule),
  );
}
