/**
 * The control API's description of an identity to seed, validated with zod, and its
 * conversion into an `Identity` with the ARNs and principal ids AWS would give it.
 */
import { createHash } from 'node:crypto';
import { z } from 'zod';
import type { AllowRule, Identity } from './types.ts';

const allowRule = z.union([
  z.string().min(1),
  z.strictObject({
    actions: z.array(z.string().min(1)).min(1),
    resources: z.array(z.string().min(1)).min(1).optional(),
  }),
]);

const common = {
  accessKeyId: z.string().regex(/^\w{16,128}$/, 'an access key id is 16 to 128 letters, digits or _'),
  accountId: z
    .string()
    .regex(/^\d{12}$/, 'an account id is 12 digits')
    .optional(),
  principalId: z.string().min(1).optional(),
  sourceIp: z.string().min(1).optional(),
  userAgent: z.string().min(1).optional(),
  vpcEndpointId: z
    .string()
    .regex(/^vpce-[0-9a-f]+$/, 'a VPC endpoint id looks like vpce-0123456789abcdef0')
    .optional(),
  /** Allowed actions; everything when absent. */
  allow: z.array(allowRule).optional(),
};

export const identitySeedSchema = z.discriminatedUnion('type', [
  z.strictObject({
    type: z.literal('AssumedRole'),
    roleArn: z
      .string()
      .regex(/^arn:aws[\w-]*:iam::\d{12}:role\/(?:[\w+=,.@-]+\/)*[\w+=,.@-]+$/, 'a role ARN'),
    sessionName: z.string().regex(/^[\w+=,.@-]{2,64}$/, 'a session name is 2 to 64 of [\\w+=,.@-]'),
    webIdentityProvider: z.string().startsWith('arn:').optional(),
    ...common,
  }),
  z.strictObject({ type: z.literal('IAMUser'), userName: z.string().regex(/^[\w+=,.@-]{1,64}$/), ...common }),
  z.strictObject({ type: z.literal('Root'), ...common }),
]);

export type IdentitySeed = z.infer<typeof identitySeedSchema>;

/** Builds the identity; the account comes from the role ARN, the seed, or `defaultAccount`. */
export function toIdentity(seed: IdentitySeed, defaultAccount: string): Identity {
  const allow = toRules(seed.allow ?? ['*']);
  const shared = {
    accessKeyId: seed.accessKeyId,
    sourceIp: seed.sourceIp,
    userAgent: seed.userAgent,
    vpcEndpointId: seed.vpcEndpointId,
    allow,
  };
  if (seed.type === 'AssumedRole') {
    const [, , , , roleAccount = defaultAccount, resource = ''] = seed.roleArn.split(':');
    const roleName = resource.slice(resource.lastIndexOf('/') + 1);
    const rolePrincipalId = seed.principalId?.split(':')[0] ?? principalId('AROA', seed.roleArn);
    return {
      ...shared,
      type: 'AssumedRole',
      accountId: roleAccount,
      arn: `arn:aws:sts::${roleAccount}:assumed-role/${roleName}/${seed.sessionName}`,
      principalId: `${rolePrincipalId}:${seed.sessionName}`,
      roleArn: seed.roleArn,
      roleName,
      rolePrincipalId,
      sessionName: seed.sessionName,
      webIdentityProvider: seed.webIdentityProvider,
    };
  }
  const accountId = seed.accountId ?? defaultAccount;
  if (seed.type === 'IAMUser') {
    const arn = `arn:aws:iam::${accountId}:user/${seed.userName}`;
    const id = seed.principalId ?? principalId('AIDA', arn);
    return { ...shared, type: 'IAMUser', accountId, arn, principalId: id, userName: seed.userName };
  }
  return {
    ...shared,
    type: 'Root',
    accountId,
    arn: `arn:aws:iam::${accountId}:root`,
    principalId: accountId,
  };
}

function toRules(allow: Array<string | AllowRule>): AllowRule[] {
  return allow.map((rule) => (typeof rule === 'string' ? { actions: [rule] } : rule));
}

const BASE32 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';

/** A stable unique id in AWS's style (`AROA` / `AIDA` and 17 upper-case characters). */
function principalId(prefix: string, arn: string): string {
  const digest = createHash('sha256').update(arn).digest();
  let id = prefix;
  for (let i = 0; i < 17; i += 1) id += BASE32[(digest[i] ?? 0) % 32];
  return id;
}
