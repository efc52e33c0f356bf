/** The account's root user touched a managed secret. */
import { AUDIT_RULES } from './constants.ts';
import { instantFinding, managedIds, secretList } from './finding.ts';
import type { InstantRule } from './types.ts';

const spec = AUDIT_RULES.rootAccess;

/**
 * Fires on any call by the root user (`userIdentity.type` Root) that names or reaches a
 * managed secret or its pending value, whether it succeeded or was refused: root is never
 * on the policy's lists and should not be used day to day.
 */
export const rootAccess: InstantRule = {
  ...spec,
  evaluate(record, context) {
    if (record.principal.type !== 'Root') return undefined;
    const ids = managedIds(record);
    if (ids.length === 0) return undefined;
    return instantFinding(spec, record, context, {
      title: `Root user called ${record.eventName} on ${secretList(ids)}`,
      summary:
        `The root user of account ${record.principal.accountId ?? record.account} called ${record.eventName} ` +
        `(${record.outcome}) on ${secretList(ids)} from ${record.source.text || 'an unknown source'}.`,
      facts: { outcome: record.outcome },
    });
  },
};
