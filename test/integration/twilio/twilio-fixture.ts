/**
 * The Twilio stand-in for the client's integration tests: one local server per file, a
 * fresh world with a seeded account per test, a client pointed at it that records its
 * waits instead of waiting, and helpers for the stand-in's control routes.
 */
import { afterAll, beforeAll, beforeEach } from 'vitest';
import {
  createTwilioClient,
  type TwilioClient,
  type TwilioClientOptions,
} from '../../../shared/twilio/index.ts';
import { type LocalHarness, startLocalHarness } from '../helpers/local-clients.ts';

export const SID = `AC${'0123456789abcdef'.repeat(2)}`;
export const PRIMARY = `${'f'.repeat(8)}0123456789abcdef${'e'.repeat(8)}`;

export interface TwilioFixture {
  h: LocalHarness;
  /** Waits the client asked for, in ms. */
  sleeps: number[];
  /** A client against the stand-in (both base URLs = the server), waits recorded. */
  client(options?: TwilioClientOptions): TwilioClient;
  tokens(): Promise<{ accountSid: string; primary: string; secondary: string | null }>;
  /** Adds a fault for the `twilio` service. */
  fault(spec: Record<string, unknown>): Promise<void>;
  /** How many calls matched the faults so far (the first fault's count). */
  matched(): Promise<number>;
  /** `POST /_local/twilio/secondary`: a secondary made as in the Console; answers it. */
  seedSecondary(): Promise<string>;
}

export function useTwilioFixture(): TwilioFixture {
  const fixture = { sleeps: [] as number[] } as TwilioFixture;
  beforeAll(async () => {
    fixture.h = await startLocalHarness();
  });
  beforeEach(async () => {
    fixture.sleeps.length = 0;
    await fixture.h.reset();
    const seeded = await fixture.h.control('POST', 'twilio/account', { sid: SID, authToken: PRIMARY });
    if (seeded.status !== 200) throw new Error(`seeding the Twilio account failed: ${seeded.status}`);
  });
  afterAll(() => fixture.h.close());
  fixture.client = (options = {}) =>
    createTwilioClient({
      apiBaseUrl: fixture.h.local.url,
      accountsBaseUrl: fixture.h.local.url,
      sleep: async (ms) => {
        fixture.sleeps.push(ms);
      },
      ...options,
    });
  fixture.tokens = async () => (await fixture.h.control('GET', 'twilio/tokens')).body;
  fixture.fault = async (spec) => {
    const answer = await fixture.h.control('POST', 'faults', { service: 'twilio', ...spec });
    if (answer.status !== 200) throw new Error(`adding a fault failed: ${JSON.stringify(answer.body)}`);
  };
  fixture.matched = async () => (await fixture.h.control('GET', 'faults')).body.faults[0].matched;
  fixture.seedSecondary = async () => (await fixture.h.control('POST', 'twilio/secondary')).body.secondary;
  return fixture;
}

/** The rejection of `promise`, for asserting its class and fields; throws if it resolved. */
export async function rejectionOf(promise: Promise<unknown>): Promise<Error> {
  try {
    await promise;
  } catch (error) {
    return error as Error;
  }
  throw new Error('expected a rejection');
}
