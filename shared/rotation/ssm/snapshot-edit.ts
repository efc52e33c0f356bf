/**
 * Keeps a run's snapshot in step with its own writes (a label moved, a version written),
 * so later checks of the same run need not read Parameter Store again. Pure; never throws.
 */
import { type ParameterSnapshot, snapshotOf, type VersionInfo } from './history.ts';

/** The snapshot after `label` moved onto `version`. */
export function withLabel(snapshot: ParameterSnapshot, label: string, version: number): ParameterSnapshot {
  const versions = snapshot.versions.map((v) => {
    const others = v.labels.filter((l) => l !== label);
    return { ...v, labels: v.version === version ? [...others, label] : others };
  });
  return snapshotOf(snapshot.name, versions) ?? snapshot;
}

/** The snapshot after a new version was written (the oldest dropped at the limit). */
export function withVersion(
  snapshot: ParameterSnapshot,
  written: VersionInfo,
  kept: number,
): ParameterSnapshot {
  const versions = [...snapshot.versions.filter((v) => v.version !== written.version), written];
  return snapshotOf(snapshot.name, versions.slice(-kept)) ?? snapshot;
}
