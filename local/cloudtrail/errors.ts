/**
 * One class per CloudTrail `LookupEvents` error code. AWS documents when each is thrown
 * but not its message text; the messages here paraphrase the documentation (see
 * local/README.md), except `ThrottlingException`'s `Rate exceeded`, which real records show.
 */
import { AwsError } from '../core/aws-error.ts';

export class InvalidLookupAttributesException extends AwsError {
  constructor(message: string) {
    super('InvalidLookupAttributesException', message);
  }
}

export class InvalidTimeRangeException extends AwsError {
  constructor() {
    super('InvalidTimeRangeException', 'The start time must not be after the end time.');
  }
}

export class InvalidMaxResultsException extends AwsError {
  constructor() {
    super('InvalidMaxResultsException', 'MaxResults must be between 1 and 50.');
  }
}

export class InvalidNextTokenException extends AwsError {
  constructor() {
    super(
      'InvalidNextTokenException',
      'The token is not valid, or it was previously used in a request with different parameters.',
    );
  }
}

export class InvalidEventCategoryException extends AwsError {
  constructor(category: string) {
    super('InvalidEventCategoryException', `The event category ${category} is not valid.`);
  }
}

export class ThrottlingException extends AwsError {
  constructor() {
    super('ThrottlingException', 'Rate exceeded');
  }
}
