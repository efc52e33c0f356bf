/**
 * C-07: states the engine refuses to guess about. Each is named, explained and given the
 * exact command that repairs it. (A latest version newer than `current` is drift, not this.)
 */
import { INCONSISTENCIES, type InconsistencyCode } from '../constants.ts';
import type { Inspection } from '../run/inspect.ts';
import { versionOf } from '../ssm/history.ts';
import { AWAITING_PHASES, inProgress } from '../state.ts';
import { unfinishedDriftAdoption } from './labels.ts';
import { relabelCommand } from './repair.ts';

export interface Inconsistency {
  readonly code: InconsistencyCode;
  readonly message: string;
  readonly repair: string;
}

/** The first inconsistency of the inspected secret, or undefined. Never throws. */
export function findInconsistency(ins: Inspection): Inconsistency | undefined {
  const { state, parameter, pending, secret } = ins;
  const cancel = `sra cancel ${secret.id}`;
  if (pending !== undefined && !inProgress(state)) {
    return {
      code: INCONSISTENCIES.pendingWithoutRotation,
      message: `a pending value exists for ${secret.id} (pending version ${pending.version}) but no rotation is in progress (phase ${state.phase})`,
      repair: cancel,
    };
  }
  if (parameter === undefined) return undefined;
  const relabel = relabelCommand(secret.id, parameter);
  for (const [field, version] of [
    ['fromVersion', state.fromVersion],
    ['toVersion', state.toVersion],
  ] as const) {
    if (
      version !== undefined &&
      relevant(state.phase, field) &&
      versionOf(parameter, version) === undefined
    ) {
      return {
        code: INCONSISTENCIES.missingVersion,
        message: `the rotation state of ${secret.id} names version ${version} (${field}) which does not exist (latest is ${parameter.latest.version})`,
        repair: relabel,
      };
    }
  }
  const { current, previous } = parameter;
  if (previous !== undefined && current === undefined) {
    return {
      code: INCONSISTENCIES.previousWithoutCurrent,
      message: `version ${previous.version} of ${secret.id} carries \`previous\` but no version carries \`current\``,
      repair: relabel,
    };
  }
  if (current !== undefined && previous !== undefined && previous.version > current.version) {
    return {
      code: INCONSISTENCIES.previousNewerThanCurrent,
      message: `\`previous\` (version ${previous.version}) is on a newer version than \`current\` (version ${current.version}) of ${secret.id}`,
      repair: relabel,
    };
  }
  if ((state.phase === 'created' || state.phase === 'tested') && pending === undefined) {
    return {
      code: INCONSISTENCIES.pendingMissing,
      message: `rotation ${state.rotationId ?? '?'} of ${secret.id} is in phase ${state.phase} but its pending value is gone`,
      repair: cancel,
    };
  }
  if (AWAITING_PHASES.includes(state.phase) && !unfinishedDriftAdoption(ins) && labelsMoved(ins)) {
    return {
      code: INCONSISTENCIES.labelsMoved,
      message: `rotation ${state.rotationId ?? '?'} of ${secret.id} promoted version ${state.toVersion} but \`current\` is on version ${current?.version ?? 'none'} and \`previous\` on ${previous?.version ?? 'none'}`,
      repair: relabel,
    };
  }
  return undefined;
}

/** Which versions a phase relies on: `fromVersion` from the start, `toVersion` once written. */
function relevant(phase: Inspection['state']['phase'], field: 'fromVersion' | 'toVersion'): boolean {
  if (phase === 'idle') return false;
  return field === 'fromVersion' || phase === 'promoting' || AWAITING_PHASES.includes(phase);
}

function labelsMoved(ins: Inspection): boolean {
  const { state, parameter } = ins;
  if (parameter === undefined) return false;
  const latestIsOurs = parameter.latest.version === state.toVersion;
  // A newer latest with the labels in place is drift, handled apart.
  if (!latestIsOurs && parameter.current?.version === state.toVersion) return false;
  return (
    parameter.current?.version !== state.toVersion ||
    (state.fromVersion !== undefined && parameter.previous?.version !== state.fromVersion)
  );
}
