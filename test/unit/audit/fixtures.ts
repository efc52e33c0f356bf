/**
 * Fixtures of the audit tests: the reference deployment's layout, the policy's principals,
 * a reader of the corpus in ../shared/corpus/cloudtrail, and builders of raw CloudTrail
 * records (plain JSON written here, never by the product).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { expect } from 'vitest';
import type { AccessRecord } from '../../../shared/audit/index.ts';
import { normaliseLogRecord } from '../../../shared/audit/index.ts';
import { type AuditPolicy, auditPolicySchema, expandAuditPolicy } from '../../../shared/config/index.ts';
import { createPathLayout, type PathSettings } from '../../../shared/parameter-paths/index.ts';

export const ACCOUNT = '111122223333';

export const REFERENCE_SETTINGS: PathSettings = {
  root: '/qlarius',
  opsRoot: '/qlarius-rotation',
  region: 'us-east-1',
  account: ACCOUNT,
  partition: 'aws',
  catalog: [
    { id: 'cloak-key', path: 'cloak-key', strategy: 'cloak-key' },
    { id: 'twilio-account-sid', path: 'twilio/account-sid', strategy: 'none' },
    { id: 'twilio-auth-token', path: 'twilio/auth-token', strategy: 'twilio-auth-token' },
    { id: 'twilio-verify-service-sid', path: 'twilio/verify-service-sid', strategy: 'none' },
  ],
};

export const LAYOUT = createPathLayout(REFERENCE_SETTINGS);

/** The corpus folder beside the checkout: test/unit/audit → ../../../../shared/corpus/cloudtrail. */
export const CORPUS_DIR = new URL('../../../../shared/corpus/cloudtrail/', import.meta.url);

/** The corpus's JSON file names, sorted. */
export function corpusFiles(): string[] {
  return readdirSync(fileURLToPath(CORPUS_DIR))
    .filter((f) => f.endsWith('.json'))
    .sort();
}

/** The parsed corpus file whose name starts with `prefix` (e.g. `13-`). */
export function corpusRecord(prefix: string): Record<string, unknown> {
  const file = corpusFiles().find((f) => f.startsWith(prefix));
  if (file === undefined) throw new Error(`no corpus file starts with ${prefix}`);
  return JSON.parse(readFileSync(new URL(file, CORPUS_DIR), 'utf8')) as Record<string, unknown>;
}

/** Role ARNs as CloudTrail's `sessionIssuer.arn` writes them. */
export const ROLES = {
  application: `arn:aws:iam::${ACCOUNT}:role/QlariusSecretsRole`,
  rotation: `arn:aws:iam::${ACCOUNT}:role/ssm-rotation-audit-prod-rotate`,
  operator: `arn:aws:iam::${ACCOUNT}:role/aws-reserved/sso.amazonaws.com/eu-west-1/AWSReservedSSO_SecretsOperator_0123abcd`,
  stranger: `arn:aws:iam::${ACCOUNT}:role/ci-deployer`,
} as const;

/** The policy of the tests: the reference application role, the rotation role, SSO operators. */
export const POLICY_JSON = {
  principals: {
    application: ['arn:{partition}:iam::{account}:role/QlariusSecretsRole'],
    tool: ['arn:{partition}:iam::{account}:role/ssm-rotation-audit-prod-*'],
    operators: [
      'arn:{partition}:iam::{account}:role/aws-reserved/sso.amazonaws.com/*/AWSReservedSSO_SecretsOperator_*',
    ],
  },
};

/** A validated policy from JSON (deep fields merged over the test policy's principals). */
export function policyOf(json: Record<string, unknown> = {}): AuditPolicy {
  const parsed = auditPolicySchema.parse({ ...POLICY_JSON, ...json });
  return expandAuditPolicy(parsed, { account: ACCOUNT, partition: 'aws' });
}

/** An AssumedRole identity of `roleArn` (its name is the ARN's last segment). */
export function assumedRole(roleArn: string, session = 'session-1'): Record<string, unknown> {
  const roleName = roleArn.slice(roleArn.lastIndexOf('/') + 1);
  return {
    type: 'AssumedRole',
    principalId: `AROAEXAMPLE:${session}`,
    arn: `arn:aws:sts::${ACCOUNT}:assumed-role/${roleName}/${session}`,
    accountId: ACCOUNT,
    accessKeyId: 'ASIAEXAMPLEKEY000099',
    sessionContext: {
      sessionIssuer: {
        type: 'Role',
        principalId: 'AROAEXAMPLE',
        arn: roleArn,
        accountId: ACCOUNT,
        userName: roleName,
      },
      webIdFederationData: {},
      attributes: { creationDate: '2026-03-01T09:00:00Z', mfaAuthenticated: 'false' },
    },
  };
}

export const ROOT_IDENTITY = {
  type: 'Root',
  principalId: ACCOUNT,
  arn: `arn:aws:iam::${ACCOUNT}:root`,
  accountId: ACCOUNT,
};

export interface RecordOptions {
  eventName?: string;
  request?: Record<string, unknown> | null;
  identity?: Record<string, unknown>;
  eventId?: string;
  time?: string;
  sourceIPAddress?: string;
  vpcEndpointId?: string;
  errorCode?: string;
  errorMessage?: string;
}

let nextId = 0;

/** A raw SSM CloudTrail record as a log file holds it (defaults: the application reads the cloak key). */
export function ssmRecord(options: RecordOptions = {}): Record<string, unknown> {
  nextId += 1;
  const record: Record<string, unknown> = {
    eventVersion: '1.08',
    userIdentity: options.identity ?? assumedRole(ROLES.application),
    eventTime: options.time ?? '2026-03-01T10:00:00Z',
    eventSource: 'ssm.amazonaws.com',
    eventName: options.eventName ?? 'GetParameter',
    awsRegion: 'us-east-1',
    sourceIPAddress: options.sourceIPAddress ?? '10.0.0.10',
    userAgent: 'aws-sdk-js/3.0.0',
    requestParameters:
      options.request === undefined ? { name: '/qlarius/cloak-key', withDecryption: true } : options.request,
    responseElements: null,
    requestID: `req-${nextId}`,
    eventID: options.eventId ?? `evt-${String(nextId).padStart(6, '0')}`,
    readOnly: true,
    eventType: 'AwsApiCall',
    managementEvent: true,
    recipientAccountId: ACCOUNT,
    eventCategory: 'Management',
  };
  if (options.errorCode !== undefined) record.errorCode = options.errorCode;
  if (options.errorMessage !== undefined) record.errorMessage = options.errorMessage;
  if (options.vpcEndpointId !== undefined) record.vpcEndpointId = options.vpcEndpointId;
  return record;
}

/** The record normalised (failing the test if it was skipped). */
export function normalised(raw: unknown): AccessRecord {
  const result = normaliseLogRecord(LAYOUT, raw);
  if (!result.ok)
    expect.fail(`expected a record, got skipped: ${result.skipped.reason} (${result.skipped.detail})`);
  return result.record;
}

/** A denial message as CloudTrail writes it for `action` on the parameter `arn`. */
export function deniedMessage(principalArn: string, action: string, arn: string): string {
  return `User: ${principalArn} is not authorized to perform: ssm:${action} on resource: ${arn} because no identity-based policy allows the ssm:${action} action`;
}
