/** A principal read managed secrets far more often than its baseline. */

import { baselineMean } from './baselines.ts';
import { byPrincipal, type Cell, type CellMap, cellFor, cellsOf } from './cells.ts';
import { AUDIT_RULES } from './constants.ts';
import { findingPrincipal, secretList, span, who, windowedFinding } from './finding.ts';
import type { BaselineUpdate, WindowedRule } from './types.ts';

const spec = AUDIT_RULES.readVolume;

interface VolumeCell extends Cell {
  reads: number;
  secretIds: Set<string>;
}

/**
 * Counts each principal's successful reads of managed secrets (one per secret a call
 * reaches) in buckets of `volume.bucket` (default 15 min). A bucket is far above baseline
 * when it holds at least `volume.minReads` reads and more than `volume.factor` times the
 * mean of the principal's baseline samples, judged only once the baseline has
 * `volume.minSamples` samples (a new principal is learning). Baselines are counts of the
 * buckets in which the principal read (idle buckets are not recorded). Each bucket lying
 * wholly inside the sweep's window becomes a baseline sample keyed by the bucket's end, so
 * overlapping sweeps replace a sample instead of counting it twice.
 */
export const readVolume: WindowedRule = {
  ...spec,
  start(context) {
    const { bucketMs, factor, minReads, minSamples, exempt } = context.policy.volume;
    const cells: CellMap<VolumeCell> = new Map();
    return {
      add(record) {
        if (record.access !== 'read' || record.outcome !== 'success') return;
        const reached = record.managed.secretIds.length + record.managed.pendingSecretIds.length;
        if (reached === 0 || exempt.includes(context.groupOf(record.principal))) return;
        const cell = cellFor(cells, record, bucketMs, () => ({ reads: 0, secretIds: new Set<string>() }));
        cell.reads += reached;
        for (const id of record.managed.secretIds) cell.secretIds.add(id);
        for (const id of record.managed.pendingSecretIds) cell.secretIds.add(id);
      },
      finish({ window, baselines }) {
        const baselineSamples: BaselineUpdate[] = [];
        for (const cell of cellsOf(cells)) {
          const start = cell.bucket * bucketMs;
          if (
            window !== undefined &&
            start >= window.start.getTime() &&
            start + bucketMs <= window.end.getTime()
          ) {
            baselineSamples.push({
              principal: cell.principal.arn,
              sample: { windowEnd: new Date(start + bucketMs), count: cell.reads },
            });
          }
        }
        const above = (cell: VolumeCell) => {
          const { mean, samples } = baselineMean(
            baselines.get(cell.principal.arn),
            (cell.bucket + 1) * bucketMs,
          );
          return samples >= minSamples && cell.reads >= minReads && cell.reads > factor * mean;
        };
        const findings = [...byPrincipal(cellsOf(cells), above).values()].map(
          ({ principal, cells: hits, evidence }) => {
            const top = hits.reduce((a, b) => (b.reads > a.reads ? b : a));
            const peak = top.reads;
            const { mean } = baselineMean(baselines.get(principal.arn), (top.bucket + 1) * bucketMs);
            const secretIds = [...new Set(hits.flatMap((c) => [...c.secretIds]))].sort();
            return windowedFinding(
              spec,
              findingPrincipal(principal, context),
              evidence,
              { secretIds, parameters: [] },
              {
                title: `${principal.arn} read managed secrets ${peak} times in ${span(bucketMs)}`,
                summary: `${who(principal)} read ${secretList(secretIds)} ${peak} times within ${span(bucketMs)}; its baseline is ${mean.toFixed(1)} reads per active ${span(bucketMs)} (threshold: ${factor}× and at least ${minReads}).`,
                facts: { peakReads: peak, baselineMean: Number(mean.toFixed(1)), factor, minReads },
              },
            );
          },
        );
        return { findings, baselineSamples };
      },
    };
  },
};
