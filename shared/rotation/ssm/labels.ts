/**
 * Moves one of the tool's labels onto a version (`LabelParameterVersion` moves a label
 * that sits on another version). Idempotent, so the client's retries apply.
 */
import { LabelParameterVersionCommand, type SSMClient } from '@aws-sdk/client-ssm';
import { StepFailedError } from '../errors.ts';

/**
 * Puts `label` on `version` of `name`. Throws `StepFailedError` (code `label-refused`) when
 * Parameter Store answers the label as invalid, and the SDK's error when the call fails.
 */
export async function moveLabel(
  ssm: SSMClient,
  step: string,
  name: string,
  version: number,
  label: string,
): Promise<void> {
  const answer = await ssm.send(
    new LabelParameterVersionCommand({ Name: name, ParameterVersion: version, Labels: [label] }),
  );
  if ((answer.InvalidLabels ?? []).length > 0) {
    throw new StepFailedError(
      step,
      'label-refused',
      `label ${label} was refused on ${name} version ${version}`,
    );
  }
}
