/**
 * `status`: per secret its versions, labels and key tags, the age of `current`, its phase
 * and rotation, the next due time, what blocks a rotation, the lock's holder; and each
 * function's last successful run. Reads only; never a secret value (tags are fingerprints).
 */
import { lastRuns, readLock, rotationLockKey } from '../../ops-state/index.ts';
import { adoptionPending, unadoptableValue } from '../checks/adoptable.ts';
import { findInconsistency } from '../checks/consistency.ts';
import { findDrift, oldestLabel, oldestLabelRemedy } from '../checks/labels.ts';
import { retirementDueAt } from '../checks/schedule.ts';
import type { RotationDeps } from '../deps.ts';
import { type Inspection, inspect } from '../run/inspect.ts';
import { type ManagedSecret, managedSecret, rotatedSecretIds } from '../secret.ts';
import { inProgress, type SecretState } from '../state.ts';
import type { SecretView } from './result.ts';
import { refuseWhileAwaiting } from './rotate.ts';
import { secretView } from './view.ts';

export interface SecretStatus {
  readonly secret: string;
  readonly strategy: string;
  readonly name: string;
  readonly view: SecretView;
  readonly state: Omit<SecretState, 'secretId'>;
  /** Age of the version carrying `current`, in whole hours. */
  readonly currentAgeHours?: number;
  readonly pendingValue: boolean;
  readonly retirementDue?: string;
  /** Why a rotation would be refused now (empty when it would run). */
  readonly blockedBy: readonly string[];
  /**
   * What needs an operator although nothing blocks: a last error, or a rotation (or
   * rollback) in progress whose lock is not live (its run died or was interrupted).
   */
  readonly attention: readonly string[];
  readonly warnings: readonly string[];
  readonly lock: { owner: string; leaseUntil: string; live: boolean } | null;
}

export interface StatusResult {
  readonly ok: true;
  readonly action: 'status';
  readonly secrets: readonly SecretStatus[];
  /** Catalog entries without a strategy: audited, never rotated. */
  readonly auditedOnly: readonly string[];
  /** Each function's last successful run (ISO 8601). */
  readonly lastRuns: Readonly<Record<string, string>>;
}

/**
 * Status of one secret (`secretId`) or of every rotated one. Throws `RotationRefusedError`
 * for an id without a strategy, `ParameterPathError` for an unknown id, and the SDK's and
 * the ops table's errors.
 */
export async function status(deps: RotationDeps, secretId?: string): Promise<StatusResult> {
  const ids = secretId === undefined ? rotatedSecretIds(deps.config) : [secretId];
  const secrets = await Promise.all(ids.map((id) => secretStatus(deps, managedSecret(deps.config, id))));
  const runs = await lastRuns(deps.ops);
  return {
    ok: true,
    action: 'status',
    secrets,
    auditedOnly: deps.config.catalog.filter((e) => e.strategy === 'none').map((e) => e.id),
    lastRuns: Object.fromEntries(Object.entries(runs).map(([fn, at]) => [fn, at.toISOString()])),
  };
}

async function secretStatus(deps: RotationDeps, secret: ManagedSecret): Promise<SecretStatus> {
  const cloak = secret.strategy === 'cloak-key';
  const [looked, lock] = await Promise.all([
    inspect(deps, secret, { decrypt: cloak }),
    readLock(deps.ops, rotationLockKey(secret.id)),
  ]);
  // A value about to be adopted is checked (never shown): decrypt only then.
  const ins = !cloak && adoptionPending(looked) ? await inspect(deps, secret, { decrypt: true }) : looked;
  const { secretId: _id, ...state } = ins.state;
  const modified = ins.parameter?.current?.lastModified;
  const due = retirementDueAt(ins.state, deps.config.rotation);
  const warnings: string[] = [];
  return {
    secret: secret.id,
    strategy: secret.strategy,
    name: secret.canonicalName,
    view: secretView(secret, ins.state, ins.parameter),
    state,
    ...(modified
      ? { currentAgeHours: Math.floor((deps.clock.now().getTime() - modified.getTime()) / 3_600_000) }
      : {}),
    pendingValue: ins.pending !== undefined,
    ...(due ? { retirementDue: due.toISOString() } : {}),
    blockedBy: blockers(ins, warnings),
    attention: attentionOf(ins.state, secret.id, lock?.live ?? false),
    warnings,
    lock: lock ? { owner: lock.owner, leaseUntil: lock.leaseUntil.toISOString(), live: lock.live } : null,
  };
}

function blockers(ins: Inspection, warnings: string[]): string[] {
  const blocked: string[] = [];
  if (ins.parameter === undefined) return [`${ins.secret.canonicalName} does not exist`];
  const inconsistency = findInconsistency(ins);
  if (inconsistency)
    blocked.push(
      `inconsistent state ${inconsistency.code}: ${inconsistency.message} (repair: ${inconsistency.repair})`,
    );
  const invalid = unadoptableValue(ins);
  if (invalid)
    blocked.push(`inconsistent state ${invalid.code}: ${invalid.message} (repair: ${invalid.repair})`);
  const drift = findDrift(ins);
  if (drift) blocked.push(`drift: version ${drift.latest} is newer than current version ${drift.current}`);
  try {
    refuseWhileAwaiting(ins.state, ins.secret.id);
  } catch (error) {
    blocked.push((error as Error).message);
  }
  const oldest = oldestLabel(ins.parameter);
  if (oldest?.blocking)
    blocked.push(
      `100-version limit with a label on the oldest version: ${oldestLabelRemedy(ins.secret.canonicalName, oldest)}`,
    );
  else if (oldest)
    warnings.push(
      `a label the tool does not own sits on the oldest version ${oldest.version}: ${oldest.labels.join(', ')}`,
    );
  return blocked;
}

function attentionOf(state: SecretState, secretId: string, lockLive: boolean): string[] {
  const found: string[] = [];
  const error = state.lastError;
  if (error)
    found.push(
      `the last run failed at ${error.step} (${error.code}); fix the cause, then sra resume ${secretId} or sra cancel ${secretId}`,
    );
  if ((inProgress(state) || state.phase === 'rolling-back') && !lockLive)
    found.push(
      `${state.phase === 'rolling-back' ? 'a rollback' : `rotation ${state.rotationId ?? '?'}`} is in phase ${state.phase} and no live run holds its lock (it died or was interrupted): sra resume ${secretId}${state.phase === 'rolling-back' ? '' : ` or sra cancel ${secretId}`}`,
    );
  return found;
}
