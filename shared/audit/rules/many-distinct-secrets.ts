/** One principal read many distinct parameters within a window (enumeration). */

import { byPrincipal, type Cell, type CellMap, cellFor, cellsOf } from './cells.ts';
import { AUDIT_RULES } from './constants.ts';
import { addCapped } from './evidence.ts';
import { findingPrincipal, span, who, windowedFinding } from './finding.ts';
import type { WindowedRule } from './types.ts';

const spec = AUDIT_RULES.manyDistinctSecrets;

interface DistinctCell extends Cell {
  /** Distinct names, capped at the threshold (reaching it is all the rule needs to know). */
  names: Set<string>;
  secretIds: Set<string>;
}

/**
 * Counts the distinct parameter names (managed or not) each principal read successfully,
 * by name, in buckets of `distinctSecrets.window` (default 1 h). Fires when a bucket reaches
 * `distinctSecrets.threshold` names (default 25), unless the principal's group is in
 * `distinctSecrets.exempt`. By-path reads are left to `bulk-read`.
 */
export const manyDistinctSecrets: WindowedRule = {
  ...spec,
  start(context) {
    const { windowMs, threshold, exempt } = context.policy.distinctSecrets;
    const cells: CellMap<DistinctCell> = new Map();
    return {
      add(record) {
        if (record.access !== 'read' || record.outcome !== 'success' || record.parameters.length === 0)
          return;
        if (exempt.includes(context.groupOf(record.principal))) return;
        const cell = cellFor(cells, record, windowMs, () => ({
          names: new Set<string>(),
          secretIds: new Set<string>(),
        }));
        for (const p of record.parameters) {
          addCapped(cell.names, p.name, threshold);
          if (p.secretId !== undefined) cell.secretIds.add(p.secretId);
        }
      },
      finish() {
        const groups = byPrincipal(cellsOf(cells), (c) => c.names.size >= threshold);
        return {
          findings: [...groups.values()].map(({ principal, cells: hits, evidence }) =>
            windowedFinding(
              spec,
              findingPrincipal(principal, context),
              evidence,
              {
                secretIds: hits.flatMap((c) => [...c.secretIds]),
                parameters: hits.flatMap((c) => [...c.names]),
              },
              {
                title: `${principal.arn} read ${threshold} or more distinct parameters within ${span(windowMs)}`,
                summary: `${who(principal)} read at least ${threshold} distinct parameters within ${span(windowMs)} (${evidence.count} calls): the pattern of enumerating Parameter Store.`,
                facts: { threshold, calls: evidence.count },
              },
            ),
          ),
        };
      },
    };
  },
};
