/**
 * One class per SSM error code the stand-in answers, each carrying AWS's code and message.
 * Messages are AWS's where its documentation or real answers show them; local/README.md
 * lists the ones chosen without confirmation.
 */
import { AwsError } from '../core/aws-error.ts';
import { SSM_LIMITS } from './constants.ts';

/**
 * No such parameter. Real Parameter Store answers it without a message (public reports of
 * `GetParameter` and `DeleteParameter` show an empty one); `message` is only given where
 * the stand-in names the selector, as for an unknown label.
 */
export class ParameterNotFound extends AwsError {
  constructor(message?: string) {
    super('ParameterNotFound', message);
  }
}

/** The parameter exists, the selected version does not. */
export class ParameterVersionNotFound extends AwsError {
  constructor(name: string, version: number | string) {
    super(
      'ParameterVersionNotFound',
      `Systems Manager could not find version ${version} of ${name}. Verify the version and try again.`,
    );
  }
}

export class ParameterAlreadyExists extends AwsError {
  constructor() {
    super(
      'ParameterAlreadyExists',
      'The parameter already exists. To overwrite this value, set the overwrite option in the request to true.',
    );
  }
}

/** The 100th version would push out an oldest version that carries a label. */
export class ParameterMaxVersionLimitExceeded extends AwsError {
  constructor(name: string, oldestVersion: number) {
    super(
      'ParameterMaxVersionLimitExceeded',
      `You attempted to create a new version of ${name} by calling the PutParameter API with the overwrite flag. ` +
        `Version ${oldestVersion}, the oldest version, can't be deleted because it has a label associated with it. ` +
        'Move the label to another version of the parameter, and try again.',
    );
  }
}

export class ParameterVersionLabelLimitExceeded extends AwsError {
  constructor() {
    super(
      'ParameterVersionLabelLimitExceeded',
      `A parameter version can have maximum ${SSM_LIMITS.labelsPerVersion} labels. Move one or more labels to another version and try again.`,
    );
  }
}

export class HierarchyTypeMismatchException extends AwsError {
  constructor() {
    super(
      'HierarchyTypeMismatchException',
      "Parameter Store doesn't support changing a parameter type in a hierarchy. For example, you can't change " +
        'a parameter from a String type to a SecureString type. You must create a new, unique parameter.',
    );
  }
}

export class HierarchyLevelLimitExceededException extends AwsError {
  constructor() {
    super(
      'HierarchyLevelLimitExceededException',
      `A hierarchy can have a maximum of ${SSM_LIMITS.hierarchyMaxLevels} levels.`,
    );
  }
}

export class InvalidFilterKey extends AwsError {
  constructor(message: string) {
    super('InvalidFilterKey', message);
  }
}

export class InvalidFilterOption extends AwsError {
  constructor(message: string) {
    super('InvalidFilterOption', message);
  }
}

export class InvalidFilterValue extends AwsError {
  constructor(message: string) {
    super('InvalidFilterValue', message);
  }
}

export class InvalidNextToken extends AwsError {
  constructor() {
    super('InvalidNextToken', 'The specified token is not valid.');
  }
}
