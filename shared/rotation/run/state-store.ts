/**
 * Loads and saves a secret's rotation state through the ops table's revision-checked
 * state item, validating the stored document against the engine's schema.
 */
import { getState, type OpsTable, putState } from '../../ops-state/index.ts';
import { RotationError } from '../errors.ts';
import { initialState, type SecretState, secretStateSchema } from '../state.ts';

export interface LoadedState {
  readonly state: SecretState;
  /** 0 when no state was ever written. */
  readonly revision: number;
  readonly updatedAt: Date | undefined;
}

/**
 * Reads the state (the initial `idle` state when none was written). Throws `RotationError`
 * (code `corrupt-state`) when the stored document does not match the schema, and the
 * ops table's errors (`OpsStateError`, `OpsStateUnavailableError`) when it cannot be read.
 */
export async function loadState(ops: OpsTable, secretId: string): Promise<LoadedState> {
  const stored = await getState(ops, secretId);
  if (stored === undefined) return { state: initialState(secretId), revision: 0, updatedAt: undefined };
  const parsed = secretStateSchema.safeParse(stored.data);
  if (!parsed.success) {
    const where = parsed.error.issues.map((issue) => issue.path.join('.') || '(top)').join(', ');
    throw new RotationError('corrupt-state', `rotation state of ${secretId} is malformed (${where})`);
  }
  return { state: parsed.data, revision: stored.revision, updatedAt: stored.updatedAt };
}

/**
 * Writes `state` over revision `revision` and resolves the new revision. Throws
 * `RevisionConflictError` when another invocation wrote first (the caller must stop), and
 * the ops table's other errors.
 */
export function saveState(ops: OpsTable, state: SecretState, revision: number): Promise<number> {
  return putState(ops, state.secretId, state, revision);
}
