/**
 * One class per Twilio error code, carrying the code, HTTP status and Twilio's message.
 * Serialised in one place, `json.ts`.
 */
import { TWILIO_ERROR_CODES } from './constants.ts';

export abstract class TwilioError extends Error {
  abstract readonly code: number;
  abstract readonly status: number;
}

/** 20003: the credentials are missing or no longer valid (HTTP 401). */
export class AuthenticateError extends TwilioError {
  readonly code = TWILIO_ERROR_CODES.authenticate;
  readonly status = 401;

  constructor() {
    super('Authenticate');
  }
}

/** 20404: the resource does not exist; Twilio names it by its path without the `/v1` prefix. */
export class ResourceNotFoundError extends TwilioError {
  readonly code = TWILIO_ERROR_CODES.notFound;
  readonly status = 404;

  constructor(resource: string) {
    super(`The requested resource ${resource} was not found`);
  }
}

/** 20004: the path exists but not for this HTTP method (HTTP 405). */
export class MethodNotAllowedError extends TwilioError {
  readonly code = TWILIO_ERROR_CODES.methodNotAllowed;
  readonly status = 405;

  constructor() {
    super('Method not allowed');
  }
}
