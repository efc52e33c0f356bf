/** The policy's matchers: CIDR blocks and principal patterns. */
import { describe, expect, it } from 'vitest';
import {
  createNetworkSet,
  createRuleContext,
  parseCidr,
  principalMatcher,
} from '../../../shared/audit/index.ts';
import { assumedRole, normalised, policyOf, ROLES, ssmRecord } from './fixtures.ts';

describe('parseCidr', () => {
  it.each([
    ['10.0.0.0/8', { address: '10.0.0.0', prefix: 8, family: 'ipv4' }],
    ['2001:db8::/32', { address: '2001:db8::', prefix: 32, family: 'ipv6' }],
    ['203.0.113.7', { address: '203.0.113.7', prefix: 32, family: 'ipv4' }],
  ])('reads %s', (text, expected) => {
    // Act
    const cidr = parseCidr(text);
    // Assess
    expect(cidr).toEqual(expected);
  });

  it.each(['10.0.0.0/33', '10.0.0.0/08', '95.025.143.109/32', '10.0.0.0/8/1', 'vpce-1', '', '::1/129'])(
    'refuses %j',
    (text) => {
      // Act
      const cidr = parseCidr(text);
      // Assess
      expect(cidr).toBeUndefined();
    },
  );
});

describe('createNetworkSet', () => {
  it('contains addresses of its blocks, IPv4 and IPv6, and nothing that is not an IP', () => {
    // Prepare
    const set = createNetworkSet(['10.0.0.0/16', '2001:db8::/32']);
    // Act
    const answers = ['10.0.255.1', '10.1.0.1', '2001:db8::5', '2001:db9::5', 'AWS Internal'].map((a) =>
      set.contains(a),
    );
    // Assess
    expect(answers).toEqual([true, false, true, false, false]);
  });

  it('throws RangeError for a block it cannot read', () => {
    // Act
    const act = () => createNetworkSet(['10.0.0.0/40']);
    // Assess
    expect(act).toThrow(new RangeError('"10.0.0.0/40" is not a CIDR block such as 10.0.0.0/8'));
  });
});

describe('principalMatcher', () => {
  it('matches whole ARNs, with * spanning any characters', () => {
    // Prepare
    const matches = principalMatcher([
      'arn:aws:iam::111122223333:role/aws-reserved/sso.amazonaws.com/*/AWSReservedSSO_Ops_*',
    ]);
    // Act
    const answers = [
      'arn:aws:iam::111122223333:role/aws-reserved/sso.amazonaws.com/eu-west-1/AWSReservedSSO_Ops_12ab',
      'arn:aws:iam::111122223333:role/aws-reserved/sso.amazonaws.com/AWSReservedSSO_Ops_12ab',
      'arn:aws:iam::111122223333:role/AWSReservedSSO_Ops_12ab',
      'arn:aws:iam::111122223333:role/aws-reserved/sso.amazonaws.com/eu-west-1/AWSReservedSSO_Admin_12ab',
    ].map(matches);
    // Assess
    expect(answers).toEqual([true, false, false, false]);
  });

  it('treats regular-expression characters literally', () => {
    // Prepare
    const matches = principalMatcher(['arn:aws:iam::111122223333:role/app.role']);
    // Act
    const answer = matches('arn:aws:iam::111122223333:role/appXrole');
    // Assess
    expect(answer).toBe(false);
  });
});

describe('createRuleContext', () => {
  it('puts a principal on several lists in the tool group first, then operators, then application', () => {
    // Prepare
    const context = createRuleContext(
      policyOf({
        principals: { application: [ROLES.stranger], operators: [ROLES.stranger], tool: [ROLES.stranger] },
      }),
    );
    // Act
    const group = context.groupOf(normalised(ssmRecord({ identity: assumedRole(ROLES.stranger) })).principal);
    // Assess
    expect(group).toBe('tool');
  });
});
