/**
 * The base of every stand-in error that a real AWS service would answer: one subclass per
 * AWS error code (see `local/ssm/errors.ts`, `local/cloudtrail/errors.ts`), carrying the
 * code, the message and the HTTP status. Routes catch it and serialise it in one place
 * (`awsJsonError`).
 */
export class AwsError extends Error {
  readonly code: string;
  readonly status: number;
  /** False when the real service sends no message with this error. */
  readonly hasMessage: boolean;

  /** `message` may be undefined: some real errors carry none (SSM's `ParameterNotFound`). */
  constructor(code: string, message: string | undefined, status = 400) {
    super(message ?? '');
    this.name = code;
    this.code = code;
    this.status = status;
    this.hasMessage = message !== undefined;
  }
}

/** `ValidationException`, the shape AWS's request validation uses for every JSON service. */
export class ValidationException extends AwsError {
  constructor(message: string) {
    super('ValidationException', message);
  }
}

/** `AccessDeniedException`: the caller's identity is not allowed the action on the resource. */
export class AccessDeniedException extends AwsError {
  constructor(message: string) {
    super('AccessDeniedException', message);
  }
}

/** `UnknownOperationException`: the target names no operation this stand-in serves. */
export class UnknownOperationException extends AwsError {
  constructor() {
    super('UnknownOperationException', undefined);
  }
}

/** `SerializationException`: the request body is not the JSON document the protocol requires. */
export class SerializationException extends AwsError {
  constructor(message: string) {
    super('SerializationException', message);
  }
}

/**
 * Formats AWS's request-validation message for one constraint, as its services write it:
 * `1 validation error detected: Value '<v>' at '<field>' failed to satisfy constraint: <c>`.
 */
export function validationMessage(value: string, field: string, constraint: string): string {
  return `1 validation error detected: Value '${value}' at '${field}' failed to satisfy constraint: ${constraint}`;
}

/** AWS's validation message for a required member that is missing. */
export function notNullMessage(field: string): string {
  return `1 validation error detected: Value null at '${field}' failed to satisfy constraint: Member must not be null`;
}
