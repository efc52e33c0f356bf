/**
 * The allow-list check that stands in for IAM: an identity may call an action on a
 * resource when one of its rules matches both (IAM wildcards `*` and `?`; actions are
 * case-insensitive, resources case-sensitive). The root user is never denied.
 */
import type { Identity } from './types.ts';

/** True when the identity may perform `action` (`ssm:GetParameter`) on `resource` (an ARN or `*`). */
export function isAllowed(identity: Identity, action: string, resource: string): boolean {
  if (identity.type === 'Root') return true;
  return identity.allow.some(
    (rule) =>
      rule.actions.some((pattern) => wildcard(pattern, 'i').test(action)) &&
      (rule.resources === undefined ||
        resource === '*' ||
        rule.resources.some((pattern) => wildcard(pattern, '').test(resource))),
  );
}

/**
 * IAM's denial message for an identity-based policy that allows nothing matching, as
 * CloudTrail and the SDK show it; a `*` resource is left out, as IAM does.
 */
export function accessDeniedMessage(identity: Identity, action: string, resource: string): string {
  const on = resource === '*' ? '' : ` on resource: ${resource}`;
  return `User: ${identity.arn} is not authorized to perform: ${action}${on} because no identity-based policy allows the ${action} action`;
}

function wildcard(pattern: string, flags: string): RegExp {
  const source = pattern
    .split('')
    .map((char) => (char === '*' ? '.*' : char === '?' ? '.' : char.replace(/[.+^${}()|[\]\\]/g, '\\$&')))
    .join('');
  return new RegExp(`^${source}$`, flags);
}
