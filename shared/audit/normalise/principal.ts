/** Who made a call, from CloudTrail's `userIdentity`. */
import type { Principal } from '../types.ts';
import { type JsonObject, nonEmpty, obj } from './fields.ts';

const UNKNOWN_PRINCIPAL = 'unknown';
const MAX_INTERNED = 10_000;
const interned = new Map<string, string>();

/**
 * The one copy of a principal ARN: every rule looks the principal up in a map, and a string
 * seen before carries its hash, so each record's ARN is hashed once instead of once per rule.
 */
function intern(arn: string): string {
  const known = interned.get(arn);
  if (known !== undefined) return known;
  if (interned.size >= MAX_INTERNED) interned.clear();
  interned.set(arn, arn);
  return arn;
}

/**
 * The principal of a record. Its `arn` is the identity the policy matches and alert keys
 * use: for an assumed role the role's ARN from `sessionContext.sessionIssuer` (so every
 * session of one role is one principal; the session name is kept apart), for a user or
 * root its ARN, for an AWS service the service name. When none is given it falls back to
 * the session ARN, `invokedBy`, the principal id, then `unknown`. Every field is present
 * (undefined when CloudTrail has none), so all principals share one shape. Never throws.
 */
export function principalOf(identity: JsonObject): Principal {
  const type = nonEmpty(identity.type) ?? 'Unknown';
  const ownArn = nonEmpty(identity.arn);
  const principalId = nonEmpty(identity.principalId);
  const invokedBy = nonEmpty(identity.invokedBy);
  const session = obj(identity.sessionContext);
  const issuer = session === undefined ? undefined : obj(session.sessionIssuer);
  const webIdentity = session === undefined ? undefined : obj(session.webIdFederationData);
  const assumed = type === 'AssumedRole';
  const arn =
    (assumed && issuer !== undefined ? nonEmpty(issuer.arn) : undefined) ??
    (type === 'AWSService' ? invokedBy : undefined) ??
    ownArn ??
    invokedBy ??
    principalId ??
    UNKNOWN_PRINCIPAL;
  return {
    arn: intern(arn),
    type,
    accountId: nonEmpty(identity.accountId),
    sessionName: assumed ? sessionNameOf(ownArn, principalId) : undefined,
    sessionArn: assumed ? ownArn : undefined,
    userName: nonEmpty(identity.userName),
    accessKeyId: nonEmpty(identity.accessKeyId),
    invokedBy,
    webIdentityProvider: webIdentity === undefined ? undefined : nonEmpty(webIdentity.federatedProvider),
  };
}

/** `arn:aws:sts::<account>:assumed-role/<role>/<session>` → `<session>`; else the part of the principal id after `:`. */
function sessionNameOf(sessionArn: string | undefined, principalId: string | undefined): string | undefined {
  const marker = ':assumed-role/';
  const at = sessionArn?.indexOf(marker) ?? -1;
  if (sessionArn !== undefined && at >= 0) {
    const rest = sessionArn.slice(at + marker.length);
    const slash = rest.indexOf('/');
    if (slash >= 0 && slash < rest.length - 1) return rest.slice(slash + 1);
  }
  const colon = principalId?.indexOf(':') ?? -1;
  return principalId !== undefined && colon >= 0 && colon < principalId.length - 1
    ? principalId.slice(colon + 1)
    : undefined;
}
