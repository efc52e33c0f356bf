/** A by-path read, or a read of several names in one call, that reaches managed secrets. */
import { AUDIT_RULES } from './constants.ts';
import { instantFinding, managedIds, secretList, who } from './finding.ts';
import type { InstantRule } from './types.ts';

const spec = AUDIT_RULES.bulkRead;

/**
 * Fires on a successful GetParametersByPath whose path reaches any managed secret or pending
 * value (recursive or one level), and on a successful call naming at least
 * `bulkRead.minManagedNames` managed parameters, unless the principal's group is in
 * `bulkRead.exempt` (by default the application, which may read its secrets at boot, and
 * the tool).
 */
export const bulkRead: InstantRule = {
  ...spec,
  evaluate(record, context) {
    if (record.access !== 'read' || record.outcome !== 'success') return undefined;
    const { minManagedNames, exempt } = context.policy.bulkRead;
    const reached = record.managed.secretIds.length + record.managed.pendingSecretIds.length;
    if (reached === 0 || (record.path === undefined && reached < minManagedNames)) return undefined;
    if (exempt.includes(context.groupOf(record.principal))) return undefined;
    const ids = managedIds(record);
    const how =
      record.path === undefined
        ? `${record.eventName} of ${record.parameters.length} names`
        : `${record.eventName} of ${record.path.path}${record.path.recursive ? ' (recursive)' : ''}`;
    return instantFinding(spec, record, context, {
      title: `Bulk read of ${secretList(ids)} by ${record.principal.arn}`,
      summary: `${who(record.principal)} read ${secretList(ids)} in one call: ${how}.`,
      facts:
        record.path === undefined
          ? { names: record.parameters.length }
          : { path: record.path.path, recursive: record.path.recursive },
    });
  },
};
