/**
 * The Twilio REST client of the auth-token rotation: fetch the account (the cheap credential
 * check), create, delete and promote the secondary token. See `client.ts` for retries and
 * `errors.ts` for which error to catch.
 */
export type { Promotion, SecondaryToken, TwilioAccount, TwilioAccountStatus } from './answers.ts';
export type { FetchLike } from './attempt.ts';
export { checkTwilioBaseUrl } from './base-url.ts';
export {
  createTwilioClient,
  type TokenChangeOptions,
  type TwilioClient,
  type TwilioClientOptions,
} from './client.ts';
export {
  TWILIO_BASE_URLS,
  TWILIO_ERROR_CODES,
  TWILIO_OPERATIONS,
  TWILIO_RETRY_DEFAULTS,
  type TwilioOperation,
} from './constants.ts';
export {
  TwilioAmbiguousError,
  TwilioAuthError,
  type TwilioCallInfo,
  TwilioError,
  TwilioNetworkError,
  TwilioNotFoundError,
  TwilioRateLimitError,
  TwilioServerError,
} from './errors.ts';
