/**
 * One class per SNS error code. Each carries the code and HTTP status the query protocol
 * answers with; the message is the service's own text, given where the error is thrown.
 * They are serialised in one place, `xml.ts`.
 */
export abstract class SnsError extends Error {
  abstract readonly code: string;
  abstract readonly status: number;
  /** `Sender` for the caller's mistakes, `Receiver` for the service's own failures. */
  readonly type: 'Sender' | 'Receiver' = 'Sender';
}

/** A parameter breaks one of the service's rules (code `InvalidParameter`). */
export class InvalidParameterError extends SnsError {
  readonly code = 'InvalidParameter';
  readonly status = 400;
}

/** A message attribute is malformed (`InvalidParameterValueException`, code `ParameterValueInvalid`). */
export class ParameterValueInvalidError extends SnsError {
  readonly code = 'ParameterValueInvalid';
  readonly status = 400;
}

/** The topic or subscription does not exist (code `NotFound`). */
export class NotFoundError extends SnsError {
  readonly code = 'NotFound';
  readonly status = 404;
}

/** A required member is missing (code `ValidationError`). */
export class ValidationError extends SnsError {
  readonly code = 'ValidationError';
  readonly status = 400;
}

/** The `Action` is not an SNS action this stand-in serves (code `InvalidAction`). */
export class InvalidActionError extends SnsError {
  readonly code = 'InvalidAction';
  readonly status = 400;
}

/** Builds the `ValidationError` SNS answers for a missing required member. */
export function missingMember(member: string): ValidationError {
  return new ValidationError(
    `1 validation error detected: Value null at '${member}' failed to satisfy constraint: Member must not be null`,
  );
}
