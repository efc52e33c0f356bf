/**
 * Adoption (of a hand-made parameter, or of drift) labels the latest version `current`. A
 * value that certainly cannot be the secret (a cloak key that is not base64 of 32 bytes, an
 * empty Twilio token) is never adopted: labelled `current` it would break the application.
 */
import { INCONSISTENCIES } from '../constants.ts';
import type { Inspection } from '../run/inspect.ts';
import { strategyFor } from '../strategies/index.ts';
import type { Inconsistency } from './consistency.ts';
import { findDrift, needsAdoption } from './labels.ts';

/** Whether the next label repair would adopt the latest version (first adoption or idle drift). Never throws. */
export function adoptionPending(ins: Inspection): boolean {
  return needsAdoption(ins) || (findDrift(ins) !== undefined && ins.state.phase === 'idle');
}

/**
 * The refusal of an adoption whose latest value cannot be the secret; undefined when the
 * value is fine, not read (no decryption), or nothing is to be adopted. Never names the
 * value. Never throws.
 */
export function unadoptableValue(ins: Inspection): Inconsistency | undefined {
  const { parameter, secret } = ins;
  if (parameter === undefined || !adoptionPending(ins)) return undefined;
  const { latest } = parameter;
  if (latest.value === undefined) return undefined;
  const why = strategyFor(secret.strategy).invalid(latest.value);
  if (why === undefined) return undefined;
  const drift = parameter.current !== undefined;
  const valid =
    secret.strategy === 'cloak-key'
      ? 'a valid key (32 random bytes in base64, e.g. openssl rand -base64 32)'
      : 'the Twilio auth token in use';
  return {
    code: INCONSISTENCIES.invalidValue,
    message: `version ${latest.version} of ${secret.canonicalName} ${why}; it was not labelled \`current\`${drift ? ` (\`current\` stays on version ${parameter.current?.version}, but plain reads of the name already return version ${latest.version})` : ''}`,
    repair: `aws ssm put-parameter --name ${secret.canonicalName} --type SecureString${latest.keyId ? ` --key-id ${latest.keyId}` : ''} --overwrite --value <${valid}>; the next tick adopts it`,
  };
}
