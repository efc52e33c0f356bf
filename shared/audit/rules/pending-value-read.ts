/** Someone other than the tool or an operator read a pending (not yet tested) value. */
import { AUDIT_RULES } from './constants.ts';
import { instantFinding, secretList, who } from './finding.ts';
import type { InstantRule } from './types.ts';

const spec = AUDIT_RULES.pendingValueRead;
const TRUSTED = new Set(['tool', 'operators']);

/**
 * Fires on a successful read that reaches the pending value of a managed secret (by name or
 * by path) by a principal outside the tool's and the operators' groups. The pending value
 * is the next secret: reading it early is reading the secret.
 */
export const pendingValueRead: InstantRule = {
  ...spec,
  evaluate(record, context) {
    if (record.access !== 'read' || record.outcome !== 'success') return undefined;
    if (record.managed.pendingSecretIds.length === 0) return undefined;
    if (TRUSTED.has(context.groupOf(record.principal))) return undefined;
    const ids = [...record.managed.pendingSecretIds].sort();
    return instantFinding(
      spec,
      record,
      context,
      {
        title: `Pending value of ${secretList(ids)} read by ${record.principal.arn}`,
        summary: `${who(record.principal)} called ${record.eventName} and read the pending value of ${secretList(ids)}; only the tool and the operators may.`,
        facts: { withDecryption: record.withDecryption },
      },
      ids,
    );
  },
};
