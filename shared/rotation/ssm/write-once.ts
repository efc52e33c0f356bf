/**
 * The one non-idempotent SSM call of the engine: writing a new version of a canonical
 * parameter (`PutParameter` with `Overwrite`). Sent with the SDK's retries off; throttling
 * is retried after a pause (it never takes effect); after an ambiguous failure (dropped
 * connection, timeout, 5xx) the caller's read-back decides whether the write happened,
 * and only if it did not is the write sent again. Exactly one new version either way.
 */
import { PutParameterCommand, type SSMClient } from '@aws-sdk/client-ssm';
import { withoutRetries } from '../../aws/index.ts';
import { ROTATION_LIMITS } from '../constants.ts';
import { StepFailedError } from '../errors.ts';
import { classifySsmError, errorCode, pause } from './classify.ts';

export interface VersionWrite {
  /** For errors: the step that writes. */
  readonly step: string;
  readonly name: string;
  /** The secret value; never logged. */
  readonly value: string;
  /** The parameter's own KMS key, read from its history. */
  readonly keyId: string;
  /** After an ambiguous failure: the version holding the value if the write took effect. */
  readonly readBack: () => Promise<number | undefined>;
}

export interface WrittenVersion {
  readonly version: number;
  /** `answer` when SSM answered, `read-back` when an ambiguous failure was resolved by reading. */
  readonly confirmedBy: 'answer' | 'read-back';
}

/**
 * Writes the value as a new SecureString version under the given key. Throws
 * `StepFailedError` with code `version-limit` (ParameterMaxVersionLimitExceeded), the AWS
 * error code for another refusal, or `write-unconfirmed` when the attempts ran out.
 */
export async function writeVersionOnce(ssm: SSMClient, write: VersionWrite): Promise<WrittenVersion> {
  let last: unknown;
  for (let attempt = 1; attempt <= ROTATION_LIMITS.writeAttempts; attempt += 1) {
    try {
      const answer = await ssm.send(
        withoutRetries(
          new PutParameterCommand({
            Name: write.name,
            Value: write.value,
            Type: 'SecureString',
            KeyId: write.keyId,
            Overwrite: true,
          }),
        ),
      );
      return { version: answer.Version ?? 0, confirmedBy: 'answer' };
    } catch (error) {
      last = error;
      const failure = classifySsmError(error);
      if (failure === 'throttled') {
        await pause(ROTATION_LIMITS.throttleBackoffMs * 2 ** (attempt - 1));
        continue;
      }
      if (failure !== 'ambiguous') throw refused(write, error);
      const version = await write.readBack();
      if (version !== undefined) return { version, confirmedBy: 'read-back' };
    }
  }
  throw new StepFailedError(
    write.step,
    'write-unconfirmed',
    `writing a new version of ${write.name} failed ${ROTATION_LIMITS.writeAttempts} times (${errorCode(last)}); nothing was written`,
    { cause: last },
  );
}

function refused(write: VersionWrite, error: unknown): StepFailedError {
  const code = errorCode(error);
  if (code === 'ParameterMaxVersionLimitExceeded') {
    return new StepFailedError(
      write.step,
      'version-limit',
      `${write.name} is at the 100-version limit and its oldest version carries a label; move that label to a newer version`,
      { cause: error },
    );
  }
  return new StepFailedError(write.step, code, `writing ${write.name} was refused (${code})`, {
    cause: error,
  });
}
