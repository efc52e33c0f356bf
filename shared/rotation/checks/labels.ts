/**
 * Label situations decided before a change: adoption (no labels yet), drift (a latest
 * version newer than `current`), the 100-version limit (C-01) and a foreign label on the
 * oldest version (a warning: it would block writes at the limit).
 */
import { LABELS, ROTATION_LIMITS } from '../constants.ts';
import type { Inspection } from '../run/inspect.ts';
import type { ParameterSnapshot } from '../ssm/history.ts';
import { inProgress } from '../state.ts';

/** Whether the parameter was made by hand and never labelled: the latest becomes `current`. */
export function needsAdoption(ins: Inspection): boolean {
  const p = ins.parameter;
  return p !== undefined && p.current === undefined && p.previous === undefined && !inProgress(ins.state);
}

export interface Drift {
  readonly latest: number;
  readonly current: number;
}

/** A latest version newer than `current`, written outside the rotation; undefined if none. */
export function findDrift(ins: Inspection): Drift | undefined {
  const p = ins.parameter;
  if (p?.current === undefined || p.latest.version <= p.current.version) return undefined;
  // During promotion the latest is the rotation's own write, not drift.
  if (ins.state.phase === 'promoting' && ins.state.toVersion === p.latest.version) return undefined;
  if (unfinishedDriftAdoption(ins)) return undefined;
  if (ownUnrecordedWrite(ins)) return undefined;
  return { latest: p.latest.version, current: p.current.version };
}

/**
 * A tested rotation whose write landed but was not recorded (a crash right after the
 * canonical PutParameter, C-05): the latest version holds the pending value. Without
 * decrypted values this cannot be told, and the promote step decides. Never throws.
 */
function ownUnrecordedWrite(ins: Inspection): boolean {
  if (ins.state.phase !== 'tested' || ins.parameter === undefined) return false;
  const latest = ins.parameter.latest.value;
  const pending = ins.pending?.value;
  return latest === undefined || pending === undefined || latest === pending;
}

/**
 * A drift adoption recorded in the state whose labels were not moved yet (a crash between
 * the two): the labels are finished, it is not drift again. Never throws.
 */
export function unfinishedDriftAdoption(ins: Inspection): boolean {
  const { state, parameter: p } = ins;
  if (p === undefined || state.trigger !== 'drift' || state.toVersion !== p.latest.version) return false;
  if (state.phase !== 'idle' && state.phase !== 'awaiting-reencryption') return false;
  return p.current?.version !== state.toVersion || p.previous?.version !== state.fromVersion;
}

export interface OldestLabel {
  readonly version: number;
  readonly labels: readonly string[];
  /** True at the limit: the next write fails with ParameterMaxVersionLimitExceeded (C-01). */
  readonly blocking: boolean;
}

/** A label on the oldest retained version (any at the limit; foreign ones below it). */
export function oldestLabel(parameter: ParameterSnapshot): OldestLabel | undefined {
  const oldest = parameter.versions[0];
  if (oldest === undefined || oldest.version === parameter.latest.version) return undefined;
  const blocking = parameter.versions.length >= ROTATION_LIMITS.versionsKept;
  const owned: readonly string[] = [LABELS.current, LABELS.previous];
  const labels = blocking ? oldest.labels : oldest.labels.filter((label) => !owned.includes(label));
  return labels.length === 0 ? undefined : { version: oldest.version, labels, blocking };
}

/** The operator's remedy for a label on the oldest version: move it to a newer version. */
export function oldestLabelRemedy(name: string, found: OldestLabel): string {
  const labels = found.labels.join(' ');
  return `move the label off version ${found.version}, e.g. aws ssm unlabel-parameter-version --name ${name} --parameter-version ${found.version} --labels ${labels} (or label a newer version with it), then rotate again`;
}
