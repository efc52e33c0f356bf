/**
 * Who calls the stand-ins: an access key id maps to one identity, seeded through the
 * control API. IAM is not emulated beyond an allow list per identity.
 */

/** Actions (`ssm:GetParameter`, `ssm:Get*`, `*`) allowed on resources (ARN patterns; all when absent). */
export interface AllowRule {
  actions: string[];
  resources?: string[] | undefined;
}

interface IdentityCommon {
  accessKeyId: string;
  accountId: string;
  /** The caller ARN IAM names in denials and CloudTrail in `userIdentity.arn`. */
  arn: string;
  principalId: string;
  /** The `sourceIPAddress` CloudTrail records; the socket's address when absent. */
  sourceIp?: string | undefined;
  /** The `userAgent` CloudTrail records; the request's `User-Agent` when absent. */
  userAgent?: string | undefined;
  /** Set when the identity calls through an interface VPC endpoint. */
  vpcEndpointId?: string | undefined;
  allow: AllowRule[];
}

/** A role session (`sts:AssumeRole`, or `AssumeRoleWithWebIdentity` as EKS pods with IRSA do). */
export interface AssumedRoleIdentity extends IdentityCommon {
  type: 'AssumedRole';
  roleArn: string;
  roleName: string;
  rolePrincipalId: string;
  sessionName: string;
  /** The OIDC provider ARN when the session came from a web identity (IRSA). */
  webIdentityProvider?: string | undefined;
}

export interface IamUserIdentity extends IdentityCommon {
  type: 'IAMUser';
  userName: string;
}

/** The account's root user: identity-based policies never deny it. */
export interface RootIdentity extends IdentityCommon {
  type: 'Root';
}

export type Identity = AssumedRoleIdentity | IamUserIdentity | RootIdentity;
