import { describe, expect, it } from 'vitest';
import { AUDIT_RULES } from '../../../../shared/audit/index.ts';
import { assumedRole, ROLES, ssmRecord } from '../fixtures.ts';
import { findingsOf } from './helpers.ts';

const RULE = AUDIT_RULES.outsideNetwork.id;
const NETWORKS = {
  networks: { cidrs: ['10.0.0.0/16', '2001:db8::/32'], vpcEndpoints: ['vpce-0123456789abcdef0'] },
};
const appRead = (options: { sourceIPAddress?: string; vpcEndpointId?: string }) =>
  ssmRecord({ identity: assumedRole(ROLES.application, 'qlarius-pod-1'), ...options });

describe('rule outside-network', () => {
  it('finds the application reading from a public IP outside the CIDRs', () => {
    // Act
    const findings = findingsOf(RULE, [appRead({ sourceIPAddress: '203.0.113.60' })], { policy: NETWORKS });
    // Assess
    expect(findings.map((f) => [f.severity, f.title, f.summary])).toEqual([
      [
        'high',
        'GetParameter of cloak-key from outside the allowed networks',
        `${ROLES.application} (session qlarius-pod-1) called GetParameter on cloak-key from IP 203.0.113.60 through no VPC endpoint, which the policy's networks do not allow.`,
      ],
    ]);
  });

  it('finds a malformed source address', () => {
    // Act
    const findings = findingsOf(RULE, [appRead({ sourceIPAddress: '95.025.143.109' })], { policy: NETWORKS });
    // Assess
    expect(findings.map((f) => f.facts.sourceKind)).toEqual(['unknown']);
  });

  it('finds a service source that the policy does not list', () => {
    // Act
    const findings = findingsOf(RULE, [appRead({ sourceIPAddress: 'cloudformation.amazonaws.com' })], {
      policy: NETWORKS,
    });
    // Assess
    expect(findings.map((f) => f.facts.sourceKind)).toEqual(['service']);
  });

  it('finds a call through a VPC endpoint the policy does not list, from outside the CIDRs', () => {
    // Act
    const findings = findingsOf(
      RULE,
      [appRead({ sourceIPAddress: '172.16.0.9', vpcEndpointId: 'vpce-0fedcba9876543210' })],
      { policy: NETWORKS },
    );
    // Assess
    expect(findings.map((f) => f.facts.vpcEndpoint)).toEqual(['vpce-0fedcba9876543210']);
  });

  it.each([
    ['an IPv4 address in a CIDR', { sourceIPAddress: '10.0.3.4' }],
    ['an IPv6 address in a CIDR', { sourceIPAddress: '2001:db8::7' }],
    ['a listed VPC endpoint', { sourceIPAddress: '172.16.0.9', vpcEndpointId: 'vpce-0123456789abcdef0' }],
    ['AWS Internal (allowed by default)', { sourceIPAddress: 'AWS Internal' }],
  ])('ignores %s', (_case, options) => {
    // Act
    const findings = findingsOf(RULE, [appRead(options)], { policy: NETWORKS });
    // Assess
    expect(findings).toEqual([]);
  });

  it('accepts a service source the policy lists', () => {
    // Prepare
    const policy = { networks: { ...NETWORKS.networks, serviceSources: ['cloudformation.amazonaws.com'] } };
    // Act
    const findings = findingsOf(RULE, [appRead({ sourceIPAddress: 'cloudformation.amazonaws.com' })], {
      policy,
    });
    // Assess
    expect(findings).toEqual([]);
  });

  it('ignores operators by default (the rule applies to the application)', () => {
    // Act
    const findings = findingsOf(
      RULE,
      [ssmRecord({ identity: assumedRole(ROLES.operator), sourceIPAddress: '198.51.100.7' })],
      { policy: NETWORKS },
    );
    // Assess
    expect(findings).toEqual([]);
  });

  it('is idle while the policy names no CIDR or VPC endpoint', () => {
    // Act
    const findings = findingsOf(RULE, [appRead({ sourceIPAddress: '203.0.113.60' })]);
    // Assess
    expect(findings).toEqual([]);
  });
});
