/** Someone other than the tool or an operator changed a managed secret, its labels or tags. */
import { AUDIT_RULES } from './constants.ts';
import { instantFinding, managedIds, secretList, who } from './finding.ts';
import type { InstantRule } from './types.ts';

const spec = AUDIT_RULES.managedSecretWrite;
const TRUSTED = new Set(['tool', 'operators']);

/**
 * Fires on a successful write (PutParameter, DeleteParameter(s), LabelParameterVersion,
 * UnlabelParameterVersion, AddTagsToResource, RemoveTagsFromResource) to a managed secret
 * or its pending value by a principal outside the tool's and the operators' groups.
 */
export const managedSecretWrite: InstantRule = {
  ...spec,
  evaluate(record, context) {
    if (record.access !== 'write' || record.outcome !== 'success') return undefined;
    const ids = managedIds(record);
    if (ids.length === 0 || TRUSTED.has(context.groupOf(record.principal))) return undefined;
    return instantFinding(spec, record, context, {
      title: `${record.eventName} on ${secretList(ids)} by ${record.principal.arn}`,
      summary: `${who(record.principal)} called ${record.eventName} on ${secretList(ids)}; only the tool and the operators may change managed secrets.`,
    });
  },
};
