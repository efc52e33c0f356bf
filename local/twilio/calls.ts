/** The log of every call the Twilio stand-in answered: never a token, only which one was used. */
import type { Credential } from './model.ts';

export interface TwilioCall {
  /** World-clock time (ISO 8601). */
  time: string;
  method: string;
  path: string;
  action: string;
  status: number;
  /** The token that authenticated, `invalid` for refused credentials, `none` when none were sent. */
  credential: Credential | 'invalid' | 'none';
}

export class CallLog {
  #calls: TwilioCall[] = [];

  add(call: TwilioCall): void {
    this.#calls.push(call);
  }

  list(): readonly TwilioCall[] {
    return this.#calls;
  }

  clear(): void {
    this.#calls = [];
  }
}
