/** What a rotation would do from where it is, for dry runs. Pure; never throws. */
import type { Inspection } from '../run/inspect.ts';
import type { RotationPhase } from '../state.ts';

/** The remaining steps of a rotation in `phase`, in words. */
export function remainingSteps(ins: Inspection, phase: RotationPhase): string[] {
  const { secret, parameter } = ins;
  const twilio = secret.strategy === 'twilio-auth-token';
  const from = ins.state.fromVersion ?? parameter?.current?.version ?? parameter?.latest.version ?? 0;
  const next = (parameter?.latest.version ?? 0) + 1;
  const steps: string[] = [];
  if (phase === 'idle' || phase === 'creating') {
    steps.push(
      twilio
        ? 'delete any Twilio secondary token, create a new one, store it as the pending value'
        : 'generate a 32-byte key from the CSPRNG and store it as the pending value',
      `(pending value in ${secret.pendingName}, encrypted with the KMS key of ${secret.canonicalName})`,
    );
  }
  if (phase === 'idle' || phase === 'creating' || phase === 'created') {
    steps.push(
      twilio
        ? 'test: GET the Twilio account with the new token, and with the current token'
        : 'test: the key decodes to 32 bytes and differs from every retained version',
    );
  }
  if (phase !== 'promoting' && !phase.startsWith('awaiting')) {
    steps.push(
      `label version ${from} \`previous\`, write version ${next} of ${secret.canonicalName} (same KMS key)`,
    );
  }
  steps.push('label the new version `current`, delete the pending value, alert `rotated`');
  steps.push(
    twilio
      ? 'then wait the grace period (roll the pods), after which the tick promotes the token in Twilio'
      : `then wait for re-encryption and sra retire ${secret.id} --confirm`,
  );
  return steps;
}
