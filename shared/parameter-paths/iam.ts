/** IAM resource ARNs for parameter grants, and IAM's wildcard matching of them. */

import { assertArnContext } from './arn.ts';
import { arnPrefix } from './arn-context.ts';
import { RULES } from './constants.ts';
import { invalidMessage, ParameterNameError } from './errors.ts';
import { splitName } from './name-rules.ts';
import type { ArnContext } from './types.ts';
import { validateName } from './validate.ts';

export interface IamResourceOptions {
  /** Append `/*`: every name below the prefix, at any depth (not the prefix itself). */
  wildcard?: boolean;
  /** `*` in place of the region. */
  anyRegion?: boolean;
  /** `*` in place of the account. */
  anyAccount?: boolean;
}

/**
 * The IAM resource ARN of a name or prefix: `iamResourceArn(ctx, '/qlarius', { wildcard: true })`
 * is `arn:aws:ssm:us-east-1:111122223333:parameter/qlarius/*`; the prefix `/` with `wildcard`
 * is `...:parameter/*`. Throws `ParameterArnError` for a bad partition, region or account and
 * `ParameterNameError` for an invalid prefix (or `/` without `wildcard`).
 */
export function iamResourceArn(
  context: ArnContext,
  namePrefix: string,
  options: IamResourceOptions = {},
): string {
  assertArnContext(context);
  const prefix = arnPrefix({
    partition: context.partition,
    region: options.anyRegion ? '*' : context.region,
    account: options.anyAccount ? '*' : context.account,
  });
  if (namePrefix === '/') {
    if (options.wildcard) return `${prefix}*`;
    const rule = RULES.noTrailingSlash;
    throw new ParameterNameError(
      rule,
      invalidMessage('IAM resource prefix', '/', 'names no parameter without a wildcard', rule),
    );
  }
  const body = splitName(validateName(namePrefix, { purpose: 'read' })).join('/');
  return options.wildcard ? `${prefix}${body}/*` : `${prefix}${body}`;
}

/**
 * Whether an IAM resource pattern covers an ARN, by IAM's rules: `*` matches any run of
 * characters (including `/` and `:`), `?` exactly one, everything else itself, case-sensitive.
 * So `arn:aws:ssm:*:*:parameter/qlarius/*` does not cover `...:parameter/qlarius-rotation/x`,
 * while `arn:aws:ssm:*:*:parameter/qlarius*` does. Never throws.
 */
export function iamPatternCovers(pattern: string, arn: string): boolean {
  let p = 0;
  let s = 0;
  let star = -1;
  let resume = 0;
  while (s < arn.length) {
    const c = pattern[p];
    if (c === '*') {
      star = p++;
      resume = s;
    } else if (c !== undefined && (c === '?' || c === arn[s])) {
      p++;
      s++;
    } else if (star >= 0) {
      p = star + 1;
      s = ++resume;
    } else {
      return false;
    }
  }
  while (pattern[p] === '*') p++;
  return p === pattern.length;
}
