/** The policy compiled once per engine: principal groups and allowed networks. */
import type { AuditPolicy, PrincipalGroup } from '../../config/index.ts';
import { createNetworkSet } from '../network/cidr.ts';
import type { AccessRecord, Principal } from '../types.ts';
import type { RuleContext } from './types.ts';

/** Group lookups are memoised per principal ARN; the memo is emptied at this size. */
const MAX_MEMO = 10_000;

/**
 * Compiles a list of principal patterns (`*` matches any run of characters, everything else
 * literally, case-sensitive as CloudTrail writes ARNs) into one whole-string test. Never throws.
 */
export function principalMatcher(patterns: readonly string[]): (arn: string) => boolean {
  if (patterns.length === 0) return () => false;
  const alternatives = patterns.map((p) => p.split('*').map(escapeRegExp).join('.*'));
  const regexp = new RegExp(`^(?:${alternatives.join('|')})$`);
  return (arn) => regexp.test(arn);
}

/**
 * Builds the rule context of a validated policy. Throws `RangeError` for a CIDR the policy
 * schema would have refused.
 */
export function createRuleContext(policy: AuditPolicy): RuleContext {
  const tool = principalMatcher(policy.principals.tool);
  const operators = principalMatcher(policy.principals.operators);
  const application = principalMatcher(policy.principals.application);
  const memo = new Map<string, PrincipalGroup>();
  const cidrs = createNetworkSet(policy.networks.cidrs);
  const endpoints = new Set(policy.networks.vpcEndpoints);
  const services = new Set(policy.networks.serviceSources);

  const classify = (arn: string): PrincipalGroup => {
    if (tool(arn)) return 'tool';
    if (operators(arn)) return 'operators';
    if (application(arn)) return 'application';
    return 'unknown';
  };

  return {
    policy,
    networksConfigured: cidrs.size > 0 || endpoints.size > 0,
    groupOf(principal: Principal): PrincipalGroup {
      let group = memo.get(principal.arn);
      if (group === undefined) {
        group = classify(principal.arn);
        if (memo.size >= MAX_MEMO) memo.clear();
        memo.set(principal.arn, group);
      }
      return group;
    },
    fromAllowedNetwork(record: AccessRecord): boolean {
      if (record.vpcEndpointId !== undefined && endpoints.has(record.vpcEndpointId)) return true;
      if (record.source.kind === 'ip') return cidrs.contains(record.source.text);
      if (record.source.kind === 'service') return services.has(record.source.text);
      return false;
    },
  };
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
