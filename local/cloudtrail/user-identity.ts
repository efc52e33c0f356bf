/**
 * The `userIdentity` block of a CloudTrail record, in the field order real records use
 * (corpus samples 03, 10, 13, 21): IAM user, assumed-role session (with
 * `sessionContext.sessionIssuer`, and `webIdFederationData.federatedProvider` for IRSA), or
 * root.
 */
import type { Identity } from '../identity/types.ts';

/** `sessionCreated` is the session's `creationDate` (ISO, seconds precision). */
export function userIdentity(identity: Identity, sessionCreated: string): Record<string, unknown> {
  const head = { type: identity.type, principalId: identity.principalId, arn: identity.arn };
  const keys = { accountId: identity.accountId, accessKeyId: identity.accessKeyId };
  if (identity.type === 'IAMUser') return { ...head, ...keys, userName: identity.userName };
  if (identity.type === 'Root') return { ...head, ...keys };
  return {
    ...head,
    ...keys,
    sessionContext: {
      sessionIssuer: {
        type: 'Role',
        principalId: identity.rolePrincipalId,
        arn: identity.roleArn,
        accountId: identity.accountId,
        userName: identity.roleName,
      },
      webIdFederationData:
        identity.webIdentityProvider === undefined
          ? {}
          : { federatedProvider: identity.webIdentityProvider, attributes: {} },
      attributes: { creationDate: sessionCreated, mfaAuthenticated: 'false' },
    },
  };
}
