/** SRA_AUDIT_POLICY: defaults, placeholders, overrides, and refusals that name the field. */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../../shared/config/index.ts';

const BASE = { SRA_REGION: 'us-east-1', SRA_ACCOUNT: '111122223333' };

function problemsOf(policy: string): readonly string[] {
  try {
    loadConfig({ env: { ...BASE, SRA_AUDIT_POLICY: policy } });
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigError);
    return (error as ConfigError).problems;
  }
  throw new Error('expected a ConfigError');
}

describe('loadConfig: audit policy', () => {
  it('applies the defaults when SRA_AUDIT_POLICY is not set', () => {
    // Act
    const config = loadConfig({ env: BASE });
    // Assess
    expect(config.audit).toEqual({
      principals: {
        application: ['arn:aws:iam::111122223333:role/QlariusSecretsRole'],
        tool: [],
        operators: [],
      },
      networks: { cidrs: [], vpcEndpoints: [], serviceSources: ['AWS Internal'], appliesTo: ['application'] },
      denials: { windowMs: 900_000, threshold: 5, managedThreshold: 1 },
      bulkRead: { minManagedNames: 2, exempt: ['application', 'tool'] },
      distinctSecrets: { windowMs: 3_600_000, threshold: 25, exempt: [] },
      volume: { bucketMs: 900_000, factor: 10, minReads: 50, minSamples: 5, maxSamples: 48, exempt: [] },
      disabledRules: [],
    });
  });

  it('fills {account} and {partition} into principal patterns', () => {
    // Act
    const config = loadConfig({
      env: {
        ...BASE,
        SRA_PARTITION: 'aws-us-gov',
        SRA_AUDIT_POLICY: '{"principals":{"tool":["arn:{partition}:iam::{account}:role/sra-*"]}}',
      },
    });
    // Assess
    expect(config.audit.principals.tool).toEqual(['arn:aws-us-gov:iam::111122223333:role/sra-*']);
  });

  it('keeps the other defaults when one field is set', () => {
    // Act
    const config = loadConfig({ env: { ...BASE, SRA_AUDIT_POLICY: '{"denials":{"threshold":8}}' } });
    // Assess
    expect(config.audit.denials).toEqual({ windowMs: 900_000, threshold: 8, managedThreshold: 1 });
  });

  it('reads the policy as an object from a config file', () => {
    // Prepare
    const file = join(mkdtempSync(join(tmpdir(), 'sra-')), 'config.json');
    writeFileSync(file, JSON.stringify({ SRA_AUDIT_POLICY: { networks: { cidrs: ['10.0.0.0/8'] } } }));
    // Act
    const config = loadConfig({ env: BASE, file });
    // Assess
    expect(config.audit.networks.cidrs).toEqual(['10.0.0.0/8']);
  });

  it.each([
    ['{"networks":{"cidr":["10.0.0.0/8"]}}', 'SRA_AUDIT_POLICY: networks: Unrecognized key: "cidr"'],
    ['{"thresholds":{}}', 'SRA_AUDIT_POLICY: (top): Unrecognized key: "thresholds"'],
    [
      '{"denials":{"threshold":0}}',
      'SRA_AUDIT_POLICY: denials.threshold: Too small: expected number to be >=1',
    ],
    [
      '{"volume":{"bucket":"15 minutes"}}',
      'SRA_AUDIT_POLICY: volume.bucket: "15 minutes" is not a duration such as 90s, 20m, 24h or 90d',
    ],
    [
      '{"networks":{"cidrs":["10.0.0.0/33"]}}',
      'SRA_AUDIT_POLICY: networks.cidrs.0: must be a CIDR block such as 10.0.0.0/8 or 2001:db8::/32',
    ],
    [
      '{"networks":{"vpcEndpoints":["vpc-123"]}}',
      'SRA_AUDIT_POLICY: networks.vpcEndpoints.0: must be a VPC endpoint id such as vpce-0123456789abcdef0',
    ],
    [
      '{"networks":{"appliesTo":["everyone"]}}',
      'SRA_AUDIT_POLICY: networks.appliesTo.0: Invalid option: expected one of "application"|"tool"|"operators"|"unknown"',
    ],
    [
      '{"principals":{"tool":["arn:aws:iam::{acct}:role/x"]}}',
      'SRA_AUDIT_POLICY: principals.tool.0: may use only the placeholders {account} and {partition}',
    ],
    [
      '{"bulkRead":{"minManagedNames":1.5}}',
      'SRA_AUDIT_POLICY: bulkRead.minManagedNames: Invalid input: expected int, received number',
    ],
    ['[]', 'SRA_AUDIT_POLICY: (top): Invalid input: expected object, received array'],
  ])('refuses %s, naming the field', (policy, problem) => {
    // Act
    const problems = problemsOf(policy);
    // Assess
    expect(problems).toEqual([problem]);
  });

  it('refuses text that is not JSON', () => {
    // Act
    const problems = problemsOf('{');
    // Assess
    expect(problems).toEqual([expect.stringMatching(/^SRA_AUDIT_POLICY: is not valid JSON \(.+\)$/)]);
  });

  it('refuses an assumed-role session ARN, asking for the role ARN', () => {
    // Act
    const problems = problemsOf(
      '{"principals":{"operators":["arn:aws:sts::111122223333:assumed-role/Admin/alice"]}}',
    );
    // Assess
    expect(problems).toEqual([
      'SRA_AUDIT_POLICY: principals.operators.0: must be an IAM ARN (arn:aws:iam::<account>:role/<path><name>, a user or root; "*" matches any characters) or a service principal such as cloudformation.amazonaws.com',
    ]);
  });

  it('refuses an unknown rule id in disabledRules', () => {
    // Act
    const problems = problemsOf('{"disabledRules":["root"]}');
    // Assess
    expect(problems[0]).toMatch(
      /^SRA_AUDIT_POLICY: disabledRules\.0: Invalid option: expected one of "unknown-principal-read"\|"root-access"/,
    );
  });
});
