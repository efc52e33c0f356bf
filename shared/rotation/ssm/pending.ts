/**
 * The pending value of a secret, kept in the ops namespace (outside the application's read
 * grant) until it is tested and promoted. Written with the canonical parameter's KMS key.
 * The only `DeleteParameter` of the rotation code is here, and it takes the pending name
 * from the secret itself, so a canonical parameter can never be deleted.
 */
import {
  DeleteParameterCommand,
  GetParameterCommand,
  PutParameterCommand,
  type SSMClient,
} from '@aws-sdk/client-ssm';
import type { ManagedSecret } from '../secret.ts';
import { classifySsmError } from './classify.ts';

export interface PendingValue {
  /** The secret value; never logged. */
  readonly value: string;
  readonly version: number;
}

/** The pending value, or undefined when none is stored. Throws the SDK's error otherwise. */
export async function readPending(ssm: SSMClient, secret: ManagedSecret): Promise<PendingValue | undefined> {
  try {
    const answer = await ssm.send(
      new GetParameterCommand({ Name: secret.pendingName, WithDecryption: true }),
    );
    const value = answer.Parameter?.Value;
    return value === undefined ? undefined : { value, version: answer.Parameter?.Version ?? 0 };
  } catch (error) {
    if (classifySsmError(error) === 'not-found') return undefined;
    throw error;
  }
}

/**
 * Stores `value` as the pending value (a new version of the pending parameter) under the
 * canonical parameter's key, and resolves its version. Sending it twice only adds a
 * version holding the same value, so the client's retries apply. Throws the SDK's error.
 */
export async function writePending(
  ssm: SSMClient,
  secret: ManagedSecret,
  value: string,
  keyId: string,
): Promise<number> {
  const answer = await ssm.send(
    new PutParameterCommand({
      Name: secret.pendingName,
      Value: value,
      Type: 'SecureString',
      KeyId: keyId,
      Overwrite: true,
    }),
  );
  return answer.Version ?? 0;
}

/** Deletes the pending value; `absent` when there was none. Throws the SDK's error otherwise. */
export async function deletePending(ssm: SSMClient, secret: ManagedSecret): Promise<'deleted' | 'absent'> {
  try {
    await ssm.send(new DeleteParameterCommand({ Name: secret.pendingName }));
    return 'deleted';
  } catch (error) {
    if (classifySsmError(error) === 'not-found') return 'absent';
    throw error;
  }
}
