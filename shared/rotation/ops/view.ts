/** The secret's view in results and `status`: versions, labels, key tags, phase, next due. */

import { nextDue } from '../checks/schedule.ts';
import type { ManagedSecret } from '../secret.ts';
import type { ParameterSnapshot } from '../ssm/history.ts';
import type { SecretState } from '../state.ts';
import { strategyFor } from '../strategies/index.ts';
import type { LabelledVersion, SecretView } from './result.ts';

/** Never throws; values are only used to compute tags and never copied. */
export function secretView(
  secret: ManagedSecret,
  state: SecretState,
  parameter: ParameterSnapshot | undefined,
): SecretView {
  const strategy = strategyFor(secret.strategy);
  const labelled: LabelledVersion[] = (parameter?.versions ?? [])
    .filter((v) => v.labels.length > 0)
    .reverse()
    .map((v) => {
      const tag = v.value === undefined ? undefined : strategy.tag(v.value);
      return { version: v.version, labels: [...v.labels], ...(tag ? { tag } : {}) };
    });
  const due = nextDue(secret.entry, state);
  return {
    phase: state.phase,
    ...(state.rotationId ? { rotationId: state.rotationId } : {}),
    ...(parameter ? { latestVersion: parameter.latest.version } : {}),
    ...(parameter?.current ? { currentVersion: parameter.current.version } : {}),
    ...(parameter?.previous ? { previousVersion: parameter.previous.version } : {}),
    labelled,
    nextDue: due === undefined ? null : due.toISOString(),
  };
}
