/** Values and keys the steps read from the run's last view of Parameter Store. */
import { REFUSALS } from '../constants.ts';
import { StepFailedError } from '../errors.ts';
import type { RunContext } from '../run/context.ts';
import { type ParameterSnapshot, type VersionInfo, versionOf } from '../ssm/history.ts';

/** The canonical parameter as last read. Throws `StepFailedError` when it does not exist. */
export function parameterOf(ctx: RunContext, step: string): ParameterSnapshot {
  if (ctx.parameter === undefined) {
    throw new StepFailedError(step, REFUSALS.parameterMissing, `${ctx.secret.canonicalName} does not exist`);
  }
  return ctx.parameter;
}

/** A retained version with its value. Throws `StepFailedError` when it is gone or was not decrypted. */
export function versionValue(ctx: RunContext, step: string, version: number | undefined): string {
  const found: VersionInfo | undefined = versionOf(parameterOf(ctx, step), version);
  if (found?.value === undefined) {
    throw new StepFailedError(
      step,
      'version-missing',
      `${ctx.secret.canonicalName} version ${version ?? '?'} is not retained`,
    );
  }
  return found.value;
}

/**
 * The parameter's own KMS key (of its latest version), which every write must keep.
 * Throws `StepFailedError` (code `not-secure-string`) when the latest version is not a
 * SecureString: a secret is never written in the clear, nor under the account default key
 * by accident.
 */
export function keyIdOf(ctx: RunContext, step: string): string {
  const latest = parameterOf(ctx, step).latest;
  if (latest.type !== 'SecureString' || latest.keyId === undefined) {
    throw new StepFailedError(
      step,
      REFUSALS.notSecureString,
      `${ctx.secret.canonicalName} version ${latest.version} is ${latest.type}, not a SecureString with a KMS key`,
    );
  }
  return latest.keyId;
}

/** The value of the version carrying `current` when the rotation started (`fromVersion`). */
export function fromValue(ctx: RunContext, step: string): string {
  return versionValue(ctx, step, ctx.state.fromVersion);
}
