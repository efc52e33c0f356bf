/**
 * Checks and repairs made before a rotation changes anything, shared by `rotate`, `resume`
 * and the tick: refusals for a missing or clear-text parameter and for inconsistent states
 * (C-07); adoption of a hand-made parameter; drift; the 100-version limit (C-01).
 */

import { findInconsistency } from '../checks/consistency.ts';
import { findDrift, oldestLabel, oldestLabelRemedy } from '../checks/labels.ts';
import { REFUSALS } from '../constants.ts';
import { DriftRefusedError, InconsistentStateError, RotationRefusedError } from '../errors.ts';
import type { Inspection } from '../run/inspect.ts';
import { inProgress } from '../state.ts';

/**
 * Throws `RotationRefusedError` for a missing parameter or one that is not a SecureString,
 * and `InconsistentStateError` naming the state and its repair command.
 */
export function refuseUnusable(ins: Inspection): void {
  const { secret, parameter } = ins;
  if (parameter === undefined) {
    throw new RotationRefusedError(
      REFUSALS.parameterMissing,
      `${secret.canonicalName} does not exist`,
      `create it by hand as a SecureString (aws ssm put-parameter --name ${secret.canonicalName} --type SecureString ...); the next tick adopts it`,
    );
  }
  if (parameter.latest.type !== 'SecureString') {
    throw new RotationRefusedError(
      REFUSALS.notSecureString,
      `${secret.canonicalName} version ${parameter.latest.version} is a ${parameter.latest.type}, not a SecureString`,
      'store the secret as a SecureString with its KMS key; the tool never writes a secret in the clear',
    );
  }
  const found = findInconsistency(ins);
  if (found) throw new InconsistentStateError(found.code, found.message, found.repair);
}

/**
 * Drift that cannot be adopted now: while a cloak key is not retired (critical: three keys
 * would be live), or while a rotation is in progress or awaiting its Twilio retirement
 * (high). Throws `DriftRefusedError`; nothing is changed.
 */
export function refuseUnadoptableDrift(ins: Inspection): void {
  const drift = findDrift(ins);
  if (drift === undefined || ins.state.phase === 'idle') return;
  const cloak = ins.state.phase === 'awaiting-reencryption';
  const code = cloak ? REFUSALS.driftBeforeRetirement : REFUSALS.driftWhileRotating;
  const why = cloak
    ? 'the previous cloak key is not retired yet, so adopting it would make three keys live'
    : `rotation ${ins.state.rotationId ?? '?'} is ${inProgress(ins.state) ? 'in progress' : ins.state.phase}`;
  throw new DriftRefusedError(
    code,
    `version ${drift.latest} of ${ins.secret.id} was written outside the rotation (current is ${drift.current}) and ${why}`,
    cloak
      ? `re-encrypt with every key, confirm with sra retire ${ins.secret.id} --confirm, then the next tick adopts version ${drift.latest}`
      : `find the writer; then sra cancel ${ins.secret.id} (or sra rollback / retire when awaiting retirement) and let the next tick adopt it`,
    drift.latest,
    drift.current,
    cloak,
  );
}

/**
 * C-01: at 100 versions a write fails when the oldest carries a label; refuse before
 * anything changes, naming the remedy. Below the limit, a foreign label on the oldest
 * version is only a warning (it would block writes later). Throws `RotationRefusedError`.
 */
export function checkVersionLimit(ins: Inspection, warnings: string[]): void {
  if (ins.parameter === undefined) return;
  const found = oldestLabel(ins.parameter);
  if (found === undefined) return;
  const remedy = oldestLabelRemedy(ins.secret.canonicalName, found);
  if (found.blocking) {
    throw new RotationRefusedError(
      REFUSALS.versionLimit,
      `${ins.secret.canonicalName} has ${ins.parameter.versions.length} versions and its oldest (version ${found.version}) carries the label(s) ${found.labels.join(', ')}: Parameter Store would refuse the new version (ParameterMaxVersionLimitExceeded)`,
      remedy,
    );
  }
  warnings.push(
    `the oldest version ${found.version} of ${ins.secret.canonicalName} carries the label(s) ${found.labels.join(', ')} the tool does not own; at 100 versions it will block every write (${remedy})`,
  );
}
