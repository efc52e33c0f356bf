/** Maps the Twilio client's errors to the engine's step errors; never a token in a message. */
import { TwilioAuthError, TwilioError } from '../../twilio/index.ts';
import { StepFailedError, TokenInvalidError } from '../errors.ts';

/** The step error for a failed Twilio call made with the current token. */
export function twilioStepError(step: string, secretId: string, error: unknown): StepFailedError {
  if (error instanceof TwilioAuthError) {
    return new TokenInvalidError(
      step,
      'token-invalid',
      `Twilio refused the current auth token of ${secretId} (HTTP ${error.status ?? 401}, code ${error.code ?? 20003})`,
      { cause: error },
    );
  }
  if (error instanceof TwilioError) {
    const code = error.name
      .replace(/^Twilio/, 'twilio-')
      .replace(/Error$/, '')
      .toLowerCase();
    const status = error.status === undefined ? '' : ` HTTP ${error.status}`;
    const twilioCode = error.code === undefined ? '' : ` code ${error.code}`;
    return new StepFailedError(
      step,
      code,
      `Twilio ${error.operation} failed after ${error.attempts} attempt(s) (${error.name}${status}${twilioCode})`,
      { cause: error },
    );
  }
  return new StepFailedError(step, 'twilio-error', `Twilio call failed (${(error as Error).name})`, {
    cause: error,
  });
}
