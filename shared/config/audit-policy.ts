/**
 * The audit policy (`SRA_AUDIT_POLICY`, JSON): who may do what to the managed secrets, from
 * which networks, and the thresholds and windows of the windowed rules. Every object is
 * strict, so a misspelt field is refused with its path instead of being ignored.
 */
import { z } from 'zod';
import { parseCidr } from '../audit/network/cidr.ts';
import { AUDIT_RULE_IDS, type AuditRuleId } from '../audit/rules/constants.ts';
import { durationMs } from './catalog.ts';
import { AUDIT_POLICY_DEFAULTS as D } from './defaults.ts';

/** Who a principal is to the policy; `unknown` is anyone on none of the lists. */
export const PRINCIPAL_GROUPS = ['application', 'tool', 'operators', 'unknown'] as const;
export type PrincipalGroup = (typeof PRINCIPAL_GROUPS)[number];

/** The validated policy, as `Config.audit` holds it (placeholders replaced, durations in ms). */
export interface AuditPolicy {
  /** IAM ARNs (roles as CloudTrail's `sessionIssuer.arn` names them, users, root) or service principals; `*` matches any run of characters. */
  principals: { application: string[]; tool: string[]; operators: string[] };
  networks: {
    cidrs: string[];
    vpcEndpoints: string[];
    serviceSources: string[];
    appliesTo: PrincipalGroup[];
  };
  denials: { windowMs: number; threshold: number; managedThreshold: number };
  bulkRead: { minManagedNames: number; exempt: PrincipalGroup[] };
  distinctSecrets: { windowMs: number; threshold: number; exempt: PrincipalGroup[] };
  volume: {
    bucketMs: number;
    factor: number;
    minReads: number;
    minSamples: number;
    maxSamples: number;
    exempt: PrincipalGroup[];
  };
  disabledRules: AuditRuleId[];
}

const PLACEHOLDERS = new Set(['{account}', '{partition}']);
const IAM_ARN = /^arn:[^:\s]+:iam::[^:\s]*:\S+$/;
const FEDERATED_USER_ARN = /^arn:[^:\s]+:sts::[^:\s]*:federated-user\/\S+$/;
const SERVICE_PRINCIPAL = /^[a-z0-9*-]+(\.[a-z0-9*-]+)*\.amazonaws\.com$/;

const principalPattern = z
  .string()
  .refine((t) => IAM_ARN.test(t) || FEDERATED_USER_ARN.test(t) || SERVICE_PRINCIPAL.test(t), {
    message:
      'must be an IAM ARN (arn:aws:iam::<account>:role/<path><name>, a user or root; "*" matches any characters) or a service principal such as cloudformation.amazonaws.com',
  })
  .refine((t) => (t.match(/\{[^}]*\}/g) ?? []).every((p) => PLACEHOLDERS.has(p)), {
    message: 'may use only the placeholders {account} and {partition}',
  });

const group = z.enum(PRINCIPAL_GROUPS);
const groups = (fallback: readonly PrincipalGroup[]) => z.array(group).default([...fallback]);
const count = (fallback: number) => z.number().int().min(1).default(fallback);
const cidr = z.string().refine((t) => parseCidr(t) !== undefined, {
  message: 'must be a CIDR block such as 10.0.0.0/8 or 2001:db8::/32',
});
const vpcEndpoint = z
  .string()
  .regex(/^vpce-[0-9a-f]{8,17}$/, 'must be a VPC endpoint id such as vpce-0123456789abcdef0');

const principalsSchema = z.strictObject({
  application: z.array(principalPattern).default([...D.applicationRoles]),
  tool: z.array(principalPattern).default([]),
  operators: z.array(principalPattern).default([]),
});

const networksSchema = z.strictObject({
  cidrs: z.array(cidr).default([]),
  vpcEndpoints: z.array(vpcEndpoint).default([]),
  serviceSources: z.array(z.string().min(1)).default([...D.serviceSources]),
  appliesTo: groups(D.networkAppliesTo),
});

const denialsSchema = z
  .strictObject({
    window: durationMs.prefault(D.denials.window),
    threshold: count(D.denials.threshold),
    managedThreshold: count(D.denials.managedThreshold),
  })
  .transform(({ window, ...rest }) => ({ windowMs: window, ...rest }));

const bulkReadSchema = z.strictObject({
  minManagedNames: count(D.bulkRead.minManagedNames),
  exempt: groups(D.bulkRead.exempt),
});

const distinctSecretsSchema = z
  .strictObject({
    window: durationMs.prefault(D.distinctSecrets.window),
    threshold: count(D.distinctSecrets.threshold),
    exempt: groups(D.distinctSecrets.exempt),
  })
  .transform(({ window, ...rest }) => ({ windowMs: window, ...rest }));

const volumeSchema = z
  .strictObject({
    bucket: durationMs.prefault(D.volume.bucket),
    factor: z.number().min(1).default(D.volume.factor),
    minReads: count(D.volume.minReads),
    minSamples: count(D.volume.minSamples),
    maxSamples: count(D.volume.maxSamples),
    exempt: groups(D.volume.exempt),
  })
  .transform(({ bucket, ...rest }) => ({ bucketMs: bucket, ...rest }));

/** The JSON of `SRA_AUDIT_POLICY` → `AuditPolicy` (before placeholders are replaced). */
export const auditPolicySchema = z.strictObject({
  principals: principalsSchema.prefault({}),
  networks: networksSchema.prefault({}),
  denials: denialsSchema.prefault({}),
  bulkRead: bulkReadSchema.prefault({}),
  distinctSecrets: distinctSecretsSchema.prefault({}),
  volume: volumeSchema.prefault({}),
  disabledRules: z.array(z.enum(AUDIT_RULE_IDS as [AuditRuleId, ...AuditRuleId[]])).default([]),
});

/**
 * Replaces `{account}` and `{partition}` in the principal patterns with the deployment's
 * values. Returns a new policy; never throws.
 */
export function expandAuditPolicy(
  policy: AuditPolicy,
  aws: { account: string; partition: string },
): AuditPolicy {
  const expand = (list: readonly string[]) =>
    list.map((t) => t.replaceAll('{account}', aws.account).replaceAll('{partition}', aws.partition));
  const { application, tool, operators } = policy.principals;
  return {
    ...policy,
    principals: { application: expand(application), tool: expand(tool), operators: expand(operators) },
  };
}
