/**
 * Reads Twilio's successful answers, keeping only the fields the product needs: never the
 * account's `auth_token`, never the new primary of a promotion. Each reader answers
 * undefined when the body does not have the expected shape.
 */

export type TwilioAccountStatus = 'active' | 'suspended' | 'closed';

export interface TwilioAccount {
  readonly sid: string;
  /** `active`, `suspended` or `closed` (another value Twilio may add is passed through). */
  readonly status: TwilioAccountStatus | (string & {});
}

export interface SecondaryToken {
  /** The new token; Twilio shows it this once. */
  readonly secondaryToken: string;
  readonly dateCreated: Date;
}

export interface Promotion {
  readonly dateUpdated: Date;
}

function fieldsOf(text: string): Record<string, unknown> | undefined {
  try {
    const parsed: unknown = JSON.parse(text);
    return typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed)
      ? (parsed as Record<string, unknown>)
      : undefined;
  } catch {
    return undefined;
  }
}

function dateOf(value: unknown): Date | undefined {
  if (typeof value !== 'string') return undefined;
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? undefined : date;
}

/** `GET /2010-04-01/Accounts/{sid}.json` → sid and status. */
export function readAccount(text: string): TwilioAccount | undefined {
  const fields = fieldsOf(text);
  const sid = fields?.sid;
  const status = fields?.status;
  return typeof sid === 'string' && typeof status === 'string' ? { sid, status } : undefined;
}

/** `POST /v1/AuthTokens/Secondary` → the token and its creation date. */
export function readSecondaryToken(text: string): SecondaryToken | undefined {
  const fields = fieldsOf(text);
  const secondaryToken = fields?.secondary_auth_token;
  const dateCreated = dateOf(fields?.date_created);
  return typeof secondaryToken === 'string' && secondaryToken !== '' && dateCreated
    ? { secondaryToken, dateCreated }
    : undefined;
}

/** `POST /v1/AuthTokens/Promote` → when the promotion happened. */
export function readPromotion(text: string): Promotion | undefined {
  const dateUpdated = dateOf(fieldsOf(text)?.date_updated);
  return dateUpdated ? { dateUpdated } : undefined;
}
