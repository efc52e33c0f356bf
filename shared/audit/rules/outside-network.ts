/** A managed secret was read or written from outside the allowed networks. */
import { AUDIT_RULES } from './constants.ts';
import { instantFinding, managedIds, secretList, who } from './finding.ts';
import type { InstantRule } from './types.ts';

const spec = AUDIT_RULES.outsideNetwork;

/**
 * Fires on a successful read or write reaching a managed secret or pending value, by a
 * principal whose group is in `networks.appliesTo` (by default the application), when the
 * call came neither through an allowed VPC endpoint, nor from an IP in an allowed CIDR,
 * nor from an allowed service source name (`AWS Internal` by default; a name such as
 * `cloudformation.amazonaws.com` only when listed). A source that is not an IP or a service
 * name (malformed) is outside. Idle until the policy names a CIDR or a VPC endpoint.
 */
export const outsideNetwork: InstantRule = {
  ...spec,
  evaluate(record, context) {
    if (!context.networksConfigured || record.outcome !== 'success' || record.access === 'metadata')
      return undefined;
    if (record.managed.secretIds.length + record.managed.pendingSecretIds.length === 0) return undefined;
    if (!context.policy.networks.appliesTo.includes(context.groupOf(record.principal))) return undefined;
    if (context.fromAllowedNetwork(record)) return undefined;
    const ids = managedIds(record);
    const from =
      record.source.kind === 'ip'
        ? `IP ${record.source.text}`
        : record.source.kind === 'service'
          ? `service ${record.source.text}`
          : `unrecognised source ${JSON.stringify(record.source.text)}`;
    const endpoint =
      record.vpcEndpointId === undefined ? 'no VPC endpoint' : `VPC endpoint ${record.vpcEndpointId}`;
    return instantFinding(spec, record, context, {
      title: `${record.eventName} of ${secretList(ids)} from outside the allowed networks`,
      summary: `${who(record.principal)} called ${record.eventName} on ${secretList(ids)} from ${from} through ${endpoint}, which the policy's networks do not allow.`,
      facts: { vpcEndpoint: record.vpcEndpointId ?? '', sourceKind: record.source.kind },
    });
  },
};
