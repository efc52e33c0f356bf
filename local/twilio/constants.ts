/** Fixed values of the Twilio stand-in: paths, error codes, formats. */
export const TWILIO = {
  secondaryPath: '/v1/AuthTokens/Secondary',
  promotePath: '/v1/AuthTokens/Promote',
  /** `GET /2010-04-01/Accounts/{AccountSid}.json`. */
  accountPath: /^\/2010-04-01\/Accounts\/([^/]+)\.json$/,
  /** Paths the stand-in claims; anything else under them is answered 404 or 405 as Twilio does. */
  claimedPrefixes: ['/v1/AuthTokens', '/2010-04-01/Accounts'],
  moreInfo: 'https://www.twilio.com/docs/errors/',
  realm: 'Twilio API',
  friendlyName: 'Local stand-in account',
} as const;

export const TWILIO_ERROR_CODES = {
  authenticate: 20003,
  methodNotAllowed: 20004,
  notFound: 20404,
  tooManyRequests: 20429,
} as const;

/** Account SIDs are `AC` and 32 hex digits; auth tokens 32 lowercase hex digits. */
export const ACCOUNT_SID = /^AC[0-9a-f]{32}$/;
export const AUTH_TOKEN = /^[0-9a-f]{32}$/;

/** Operation ids of Twilio's OpenAPI description, used as route actions (and by fault injection). */
export const TWILIO_ACTIONS = {
  createSecondary: 'CreateSecondaryAuthToken',
  deleteSecondary: 'DeleteSecondaryAuthToken',
  promote: 'UpdateAuthTokenPromotion',
  fetchAccount: 'FetchAccount',
  /** A claimed path or method the stand-in does not serve. */
  unsupported: 'Unsupported',
} as const;
