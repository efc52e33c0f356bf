/**
 * The Twilio account's auth tokens: the primary and, while it exists, the secondary both
 * authenticate; promotion makes the secondary the primary and the old primary stops working
 * at once. Times follow the world clock. Methods throw TwilioError for what Twilio refuses.
 */
import { randomBytes } from 'node:crypto';
import type { LocalClock } from '../core/clock.ts';
import { ACCOUNT_SID, AUTH_TOKEN, TWILIO } from './constants.ts';
import { AuthenticateError, ResourceNotFoundError } from './errors.ts';

export interface AuthToken {
  value: string;
  created: Date;
  updated: Date;
}

export interface TwilioAccount {
  sid: string;
  friendlyName: string;
  created: Date;
  updated: Date;
  primary: AuthToken;
  secondary: AuthToken | undefined;
}

export interface SeedInput {
  sid?: string | undefined;
  authToken?: string | undefined;
  friendlyName?: string | undefined;
}

/** Which token authenticated a call (recorded in the call log, never the token itself). */
export type Credential = 'primary' | 'secondary';

const hex32 = (): string => randomBytes(16).toString('hex');

export class TwilioModel {
  #account: TwilioAccount;

  constructor(private readonly clock: LocalClock) {
    this.#account = this.seed({});
  }

  /** Replaces the account. Throws RangeError for a SID or token of the wrong shape. */
  seed(input: SeedInput): TwilioAccount {
    const sid = input.sid ?? `AC${hex32()}`;
    const token = input.authToken ?? hex32();
    if (!ACCOUNT_SID.test(sid))
      throw new RangeError(`sid must be AC and 32 lowercase hex digits, got ${sid}`);
    if (!AUTH_TOKEN.test(token)) throw new RangeError('authToken must be 32 lowercase hex digits');
    const now = this.clock.now();
    this.#account = {
      sid,
      friendlyName: input.friendlyName ?? TWILIO.friendlyName,
      created: now,
      updated: now,
      primary: { value: token, created: now, updated: now },
      secondary: undefined,
    };
    return this.#account;
  }

  get account(): TwilioAccount {
    return this.#account;
  }

  /** Throws AuthenticateError unless the account SID and a live token are given. */
  authenticate(auth: { user: string; password: string } | undefined): Credential {
    const a = this.#account;
    if (auth?.user === a.sid && auth.password === a.primary.value) return 'primary';
    if (auth?.user === a.sid && a.secondary && auth.password === a.secondary.value) return 'secondary';
    throw new AuthenticateError();
  }

  /** Creates a secondary token; an existing one is replaced (Twilio does not document this case). */
  createSecondary(): AuthToken {
    const now = this.clock.now();
    this.#account.secondary = { value: hex32(), created: now, updated: now };
    return this.#account.secondary;
  }

  /** Throws ResourceNotFoundError when there is no secondary token. */
  deleteSecondary(): void {
    if (!this.#account.secondary) throw new ResourceNotFoundError('/AuthTokens/Secondary');
    this.#account.secondary = undefined;
  }

  /** The secondary becomes the primary; throws ResourceNotFoundError when there is none. */
  promote(): AuthToken {
    const secondary = this.#account.secondary;
    if (!secondary) throw new ResourceNotFoundError('/AuthTokens/Promote');
    const now = this.clock.now();
    this.#account.primary = { ...secondary, updated: now };
    this.#account.secondary = undefined;
    this.#account.updated = now;
    return this.#account.primary;
  }

  /** The account resource; throws ResourceNotFoundError for another account's SID. */
  fetchAccount(sid: string, path: string): TwilioAccount {
    if (sid !== this.#account.sid) throw new ResourceNotFoundError(path);
    return this.#account;
  }
}
