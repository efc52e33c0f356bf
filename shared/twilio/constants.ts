/** Fixed values of the Twilio client: hosts, paths, operation names, error codes, retry policy. */

/** The real Twilio hosts; configuration (`SRA_TWILIO_API_URL`, `SRA_TWILIO_ACCOUNTS_URL`) may point elsewhere. */
export const TWILIO_BASE_URLS = {
  api: 'https://api.twilio.com',
  accounts: 'https://accounts.twilio.com',
} as const;

/** The four calls the product makes, named by Twilio's OpenAPI operation ids. */
export const TWILIO_OPERATIONS = {
  fetchAccount: {
    id: 'FetchAccount',
    method: 'GET',
    host: 'api',
    path: '/2010-04-01/Accounts/{AccountSid}.json',
  },
  createSecondary: {
    id: 'CreateSecondaryAuthToken',
    method: 'POST',
    host: 'accounts',
    path: '/v1/AuthTokens/Secondary',
  },
  deleteSecondary: {
    id: 'DeleteSecondaryAuthToken',
    method: 'DELETE',
    host: 'accounts',
    path: '/v1/AuthTokens/Secondary',
  },
  promote: {
    id: 'UpdateAuthTokenPromotion',
    method: 'POST',
    host: 'accounts',
    path: '/v1/AuthTokens/Promote',
  },
} as const;

export type TwilioOperation = (typeof TWILIO_OPERATIONS)[keyof typeof TWILIO_OPERATIONS];

/** Twilio's numeric error codes the client tells apart. */
export const TWILIO_ERROR_CODES = {
  /** Wrong account SID / token pair, a deleted token, a suspended account (HTTP 401, sometimes 403). */
  authenticate: 20003,
  notFound: 20404,
  /** Too many concurrent requests: Twilio did not process the request (HTTP 429). */
  tooManyRequests: 20429,
} as const;

/** Retries: attempts in all (the first included) and an exponential backoff with jitter. */
export const TWILIO_RETRY_DEFAULTS = {
  maxAttempts: 4,
  baseDelayMs: 200,
  maxDelayMs: 5_000,
  /** Time allowed for one attempt, from sending the request to reading the whole answer. */
  timeoutMs: 10_000,
} as const;

export const TWILIO_USER_AGENT = 'ssm-rotation-audit';
