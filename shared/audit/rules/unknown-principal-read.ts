/** A principal on none of the policy's lists read a managed secret. */
import { AUDIT_RULES } from './constants.ts';
import { instantFinding, secretList, who } from './finding.ts';
import type { InstantRule } from './types.ts';

const spec = AUDIT_RULES.unknownPrincipalRead;

/**
 * Fires on a successful read (GetParameter, GetParameters, GetParametersByPath,
 * GetParameterHistory) that reaches a managed secret's canonical parameter, by a principal
 * that is not an application, tool or operator principal. Root is left to `root-access`;
 * pending values to `pending-value-read`.
 */
export const unknownPrincipalRead: InstantRule = {
  ...spec,
  evaluate(record, context) {
    if (record.access !== 'read' || record.outcome !== 'success') return undefined;
    if (record.managed.secretIds.length === 0 || record.principal.type === 'Root') return undefined;
    if (context.groupOf(record.principal) !== 'unknown') return undefined;
    const ids = [...record.managed.secretIds].sort();
    const decrypted = record.withDecryption ? 'with decryption' : 'without decryption';
    return instantFinding(
      spec,
      record,
      context,
      {
        title: `Unknown principal read ${secretList(ids)}`,
        summary:
          `${who(record.principal)} (${record.principal.type}) called ${record.eventName} ${decrypted} ` +
          `and reached ${secretList(ids)}. It is on none of the policy's application, tool or operator lists.`,
        facts: { withDecryption: record.withDecryption },
      },
      ids,
    );
  },
};
