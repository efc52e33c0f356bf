/**
 * Label rules: letters, digits, `.`, `-`, `_`; not starting with a digit, `aws` or `ssm`
 * (any case). Such labels are not an error: they come back in `InvalidLabels`. A request
 * carries 1 to 10 labels of 1 to 100 characters, else `ValidationException`.
 */
import { ValidationException, validationMessage } from '../core/aws-error.ts';
import { SSM_LIMITS } from './constants.ts';

/** Whether Parameter Store attaches this label (else it is returned in `InvalidLabels`). */
export function isValidLabel(label: string): boolean {
  return /^[a-zA-Z0-9_.-]+$/.test(label) && !/^\d/.test(label) && !/^(aws|ssm)/i.test(label);
}

/** Checks the `Labels` of a Label/UnlabelParameterVersion request. Throws ValidationException. */
export function checkLabelList(labels: string[]): void {
  const listed = `[${labels.join(', ')}]`;
  if (labels.length < 1) {
    throw new ValidationException(
      validationMessage(listed, 'labels', 'Member must have length greater than or equal to 1'),
    );
  }
  if (labels.length > SSM_LIMITS.labelsPerRequest) {
    throw new ValidationException(
      validationMessage(
        listed,
        'labels',
        `Member must have length less than or equal to ${SSM_LIMITS.labelsPerRequest}`,
      ),
    );
  }
  if (labels.some((label) => label.length < 1 || label.length > SSM_LIMITS.labelMaxLength)) {
    throw new ValidationException(
      validationMessage(
        listed,
        'labels',
        `Member must satisfy constraint: [Member must have length less than or equal to ${SSM_LIMITS.labelMaxLength}, Member must have length greater than or equal to 1]`,
      ),
    );
  }
}
