/**
 * Twilio's JSON: the resources in the shapes its API reference documents, dates in its two
 * formats (Accounts v1: ISO 8601; the 2010-04-01 API: RFC 2822), and the one serialisation
 * of its errors: `{"code","message","more_info","status"}`.
 */
import type { LocalResponse } from '../core/service.ts';
import { TWILIO } from './constants.ts';
import type { AuthToken, TwilioAccount } from './model.ts';

/** `2015-07-31T04:00:00Z`. */
export function iso8601(date: Date): string {
  return date.toISOString().replace(/\.\d{3}Z$/, 'Z');
}

/** `Fri, 31 Jul 2015 04:00:00 +0000`. */
export function rfc2822(date: Date): string {
  return date.toUTCString().replace(/GMT$/, '+0000');
}

export function json(status: number, body: unknown, headers: Record<string, string> = {}): LocalResponse {
  return {
    status,
    headers: { 'content-type': 'application/json; charset=utf-8', ...headers },
    body: JSON.stringify(body),
  };
}

export function secondaryResource(
  account: TwilioAccount,
  token: AuthToken,
  baseUrl: string,
): Record<string, unknown> {
  return {
    account_sid: account.sid,
    date_created: iso8601(token.created),
    date_updated: iso8601(token.updated),
    secondary_auth_token: token.value,
    url: `${baseUrl}${TWILIO.secondaryPath}`,
  };
}

export function promotionResource(
  account: TwilioAccount,
  token: AuthToken,
  baseUrl: string,
): Record<string, unknown> {
  return {
    account_sid: account.sid,
    auth_token: token.value,
    date_created: iso8601(token.created),
    date_updated: iso8601(token.updated),
    url: `${baseUrl}/v1/AuthTokens`,
  };
}

const SUBRESOURCES: Record<string, string> = {
  addresses: 'Addresses',
  conferences: 'Conferences',
  signing_keys: 'SigningKeys',
  transcriptions: 'Transcriptions',
  connect_apps: 'ConnectApps',
  sip: 'SIP',
  authorized_connect_apps: 'AuthorizedConnectApps',
  usage: 'Usage',
  keys: 'Keys',
  applications: 'Applications',
  recordings: 'Recordings',
  short_codes: 'SMS/ShortCodes',
  calls: 'Calls',
  notifications: 'Notifications',
  incoming_phone_numbers: 'IncomingPhoneNumbers',
  queues: 'Queues',
  messages: 'Messages',
  outgoing_caller_ids: 'OutgoingCallerIds',
  available_phone_numbers: 'AvailablePhoneNumbers',
  balance: 'Balance',
};

/** The 2010-04-01 Account resource; its `auth_token` is the primary, whichever token authenticated. */
export function accountResource(account: TwilioAccount): Record<string, unknown> {
  const base = `/2010-04-01/Accounts/${account.sid}`;
  const subresourceUris: Record<string, string> = {};
  for (const [key, name] of Object.entries(SUBRESOURCES)) subresourceUris[key] = `${base}/${name}.json`;
  return {
    auth_token: account.primary.value,
    date_created: rfc2822(account.created),
    date_updated: rfc2822(account.updated),
    friendly_name: account.friendlyName,
    owner_account_sid: account.sid,
    sid: account.sid,
    status: 'active',
    subresource_uris: subresourceUris,
    type: 'Full',
    uri: `${base}.json`,
  };
}

/**
 * Twilio's error document. `code` is Twilio's numeric error code (a numeric string from fault
 * injection is sent as a number); a 401 carries `WWW-Authenticate`.
 */
export function twilioErrorResponse(status: number, code: number | string, message: string): LocalResponse {
  const numeric = typeof code === 'number' ? code : Number(code);
  const wireCode = Number.isInteger(numeric) ? numeric : code;
  const headers: Record<string, string> =
    status === 401 ? { 'www-authenticate': `Basic realm="${TWILIO.realm}"` } : {};
  return json(
    status,
    { code: wireCode, message, more_info: `${TWILIO.moreInfo}${wireCode}`, status },
    headers,
  );
}
