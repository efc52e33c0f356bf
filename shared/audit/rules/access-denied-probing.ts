/** A principal was refused: on managed secrets, or many times on anything. */

import { byPrincipal, type Cell, type CellMap, cellFor, cellsOf } from './cells.ts';
import { AUDIT_RULES, FINDING_LIMITS } from './constants.ts';
import { addCapped } from './evidence.ts';
import { findingPrincipal, secretList, span, who, windowedFinding } from './finding.ts';
import type { WindowedRule } from './types.ts';

const spec = AUDIT_RULES.accessDeniedProbing;

interface DenialCell extends Cell {
  denials: number;
  managedDenials: number;
  secretIds: Set<string>;
  names: Set<string>;
}

/**
 * Counts denied calls (`AccessDenied`) per principal in buckets of `denials.window`. Fires
 * when a bucket holds at least `denials.managedThreshold` denials naming a managed secret
 * or pending value (default 1: being refused a managed secret is always worth a look), or
 * at least `denials.threshold` denials of any parameter call (default 5: blind guessing of
 * names). One finding per principal per batch.
 */
export const accessDeniedProbing: WindowedRule = {
  ...spec,
  start(context) {
    const { windowMs, threshold, managedThreshold } = context.policy.denials;
    const cells: CellMap<DenialCell> = new Map();
    return {
      add(record) {
        if (record.outcome !== 'denied') return;
        const cell = cellFor(cells, record, windowMs, () => ({
          denials: 0,
          managedDenials: 0,
          secretIds: new Set<string>(),
          names: new Set<string>(),
        }));
        cell.denials += 1;
        const ids = [...record.managed.secretIds, ...record.managed.pendingSecretIds];
        if (ids.length > 0) cell.managedDenials += 1;
        for (const id of ids) cell.secretIds.add(id);
        for (const p of record.parameters) addCapped(cell.names, p.name, FINDING_LIMITS.maxParameters);
      },
      finish() {
        const qualifies = (c: DenialCell) => c.managedDenials >= managedThreshold || c.denials >= threshold;
        return {
          findings: [...byPrincipal(cellsOf(cells), qualifies).values()].map(
            ({ principal, cells: hits, evidence }) => {
              const secretIds = hits.flatMap((c) => [...c.secretIds]);
              const managed = secretIds.length > 0;
              return windowedFinding(
                spec,
                findingPrincipal(principal, context),
                evidence,
                { secretIds, parameters: hits.flatMap((c) => [...c.names]) },
                {
                  title: managed
                    ? `Denied access to ${secretList([...new Set(secretIds)].sort())} for ${principal.arn}`
                    : `${evidence.count} denied parameter calls by ${principal.arn}`,
                  summary:
                    `${who(principal)} was refused ${evidence.count} time(s) within ${span(windowMs)} bucket(s)` +
                    `${managed ? `, on ${secretList([...new Set(secretIds)].sort())}` : ''}: probing, or a broken grant.`,
                  facts: { denials: evidence.count, threshold, managedThreshold },
                },
              );
            },
          ),
        };
      },
    };
  },
};
