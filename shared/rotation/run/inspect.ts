/**
 * Reads everything a decision about one secret needs: its rotation state, its canonical
 * parameter (every retained version, labels, KMS keys, values when asked) and whether a
 * pending value exists. Every value read is registered for redaction before it is used.
 */
import type { RotationDeps } from '../deps.ts';
import type { ManagedSecret } from '../secret.ts';
import { type ParameterSnapshot, readParameter } from '../ssm/history.ts';
import { readPending } from '../ssm/pending.ts';
import type { SecretState } from '../state.ts';
import { loadState } from './state-store.ts';

export interface Inspection {
  readonly secret: ManagedSecret;
  readonly state: SecretState;
  readonly revision: number;
  /** Undefined when the canonical parameter does not exist. */
  readonly parameter: ParameterSnapshot | undefined;
  /** The pending value's version, and its value when read with decryption. */
  readonly pending: { readonly version: number; readonly value: string | undefined } | undefined;
  /** Every secret value read, for redaction. */
  readonly secretValues: readonly string[];
}

/**
 * Reads the state, the canonical parameter (decrypted when `decrypt`) and the pending value.
 * Throws the ops table's and the SDK's errors, and `RotationError` (`corrupt-state`).
 */
export async function inspect(
  deps: RotationDeps,
  secret: ManagedSecret,
  options: { decrypt: boolean },
): Promise<Inspection> {
  const [loaded, parameter, pending] = await Promise.all([
    loadState(deps.ops, secret.id),
    readParameter(deps.ssm, secret.canonicalName, options),
    options.decrypt ? readPending(deps.ssm, secret) : pendingExists(deps, secret),
  ]);
  const secretValues: string[] = [];
  const register = (value: string | undefined) => {
    if (value === undefined || value.length === 0) return;
    secretValues.push(value);
    deps.secrets?.register(value);
  };
  for (const version of parameter?.versions ?? []) register(version.value);
  register(pending?.value);
  return { secret, state: loaded.state, revision: loaded.revision, parameter, pending, secretValues };
}

/** Without decryption the pending value is only looked for: its value is never read. */
async function pendingExists(deps: RotationDeps, secret: ManagedSecret): Promise<Inspection['pending']> {
  const found = await readParameter(deps.ssm, secret.pendingName, { decrypt: false });
  return found === undefined ? undefined : { version: found.latest.version, value: undefined };
}
