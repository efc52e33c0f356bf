import { createServer } from 'node:net';
import { describe, expect, it } from 'vitest';
import {
  TwilioAmbiguousError,
  TwilioNetworkError,
  TwilioRateLimitError,
  TwilioServerError,
} from '../../../shared/twilio/index.ts';
import { PRIMARY, rejectionOf, SID, useTwilioFixture } from './twilio-fixture.ts';

const f = useTwilioFixture();
const TOO_MANY = { code: '20429', status: 429, message: 'Too Many Requests' };
const SERVER_ERROR = { code: '20500', status: 500, message: 'Internal Server Error' };

/** A loopback port nobody listens on. */
async function closedPortUrl(): Promise<string> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return `http://127.0.0.1:${port}`;
}

/** Waits until the stand-in has logged `count` calls (a late one is served after its latency). */
async function servedCalls(count: number): Promise<void> {
  for (let i = 0; i < 100; i += 1) {
    if ((await f.h.control('GET', 'twilio/calls')).body.calls.length >= count) return;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`the stand-in did not serve ${count} call(s)`);
}

describe('429 Too Many Requests', () => {
  it('retries a POST after a wait and succeeds', async () => {
    await f.fault({ action: 'CreateSecondaryAuthToken', error: TOO_MANY, times: 1 });

    const created = await f.client().createSecondaryToken(SID, PRIMARY);

    expect(created.secondaryToken).toBe((await f.tokens()).secondary);
    expect(await f.matched()).toBe(2);
    expect(f.sleeps).toHaveLength(1);
  });

  it('throws TwilioRateLimitError 429 / 20429 when every attempt is refused', async () => {
    await f.fault({ action: 'UpdateAuthTokenPromotion', error: TOO_MANY });

    const error = await rejectionOf(f.client({ maxAttempts: 3 }).promoteSecondaryToken(SID, PRIMARY));

    expect(error).toBeInstanceOf(TwilioRateLimitError);
    expect(error).toMatchObject({ status: 429, code: 20429, attempts: 3 });
    expect(error.message).toBe(
      'Twilio UpdateAuthTokenPromotion (POST /v1/AuthTokens/Promote) failed after 3 attempts: HTTP 429, code 20429: Too Many Requests',
    );
    expect(await f.matched()).toBe(3);
  });

  it('waits longer after each refusal', async () => {
    await f.fault({ action: 'FetchAccount', error: TOO_MANY });

    await rejectionOf(f.client({ maxAttempts: 4 }).fetchAccount(SID, PRIMARY));

    const [first, second, third] = f.sleeps as [number, number, number];
    expect(first).toBeGreaterThanOrEqual(100);
    expect(first).toBeLessThanOrEqual(200);
    expect(second).toBeGreaterThanOrEqual(200);
    expect(second).toBeLessThanOrEqual(400);
    expect(third).toBeGreaterThanOrEqual(400);
    expect(third).toBeLessThanOrEqual(800);
  });
});

describe('5xx', () => {
  it('retries a GET and succeeds', async () => {
    await f.fault({ action: 'FetchAccount', error: SERVER_ERROR, times: 2 });

    const account = await f.client().fetchAccount(SID, PRIMARY);

    expect(account).toEqual({ sid: SID, status: 'active' });
    expect(await f.matched()).toBe(3);
  });

  it('throws TwilioServerError for a GET failing on every attempt', async () => {
    await f.fault({ action: 'FetchAccount', error: SERVER_ERROR });

    const error = await rejectionOf(f.client().fetchAccount(SID, PRIMARY));

    expect(error).toBeInstanceOf(TwilioServerError);
    expect(error).toMatchObject({ status: 500, code: 20500, attempts: 4 });
  });

  it('never retries a POST: TwilioAmbiguousError with the server error as cause', async () => {
    await f.fault({ action: 'CreateSecondaryAuthToken', error: SERVER_ERROR, times: 1 });

    const error = await rejectionOf(f.client().createSecondaryToken(SID, PRIMARY));

    expect(error).toBeInstanceOf(TwilioAmbiguousError);
    expect(error).toMatchObject({ status: 500, code: 20500, attempts: 1 });
    expect(error.cause).toBeInstanceOf(TwilioServerError);
    expect(await f.matched()).toBe(1);
  });
});

describe('a dropped connection', () => {
  it('after a POST took effect: TwilioAmbiguousError, sent once, the secondary exists', async () => {
    await f.fault({ action: 'CreateSecondaryAuthToken', drop: 'after', times: 1 });

    const error = await rejectionOf(f.client().createSecondaryToken(SID, PRIMARY));

    expect(error).toBeInstanceOf(TwilioAmbiguousError);
    expect(error).toMatchObject({ status: undefined, code: undefined, attempts: 1 });
    expect(error.message).toMatch(
      /^Twilio CreateSecondaryAuthToken \(POST \/v1\/AuthTokens\/Secondary\): no answer \(.*\); it may or may not have taken effect$/,
    );
    expect(await f.matched()).toBe(1);
    expect((await f.tokens()).secondary).toMatch(/^[0-9a-f]{32}$/);
  });

  it('after a promotion took effect: TwilioAmbiguousError, and the promotion happened', async () => {
    const secondary = await f.seedSecondary();
    await f.fault({ action: 'UpdateAuthTokenPromotion', drop: 'after', times: 1 });

    const error = await rejectionOf(f.client().promoteSecondaryToken(SID, PRIMARY));

    expect(error).toBeInstanceOf(TwilioAmbiguousError);
    expect((await f.tokens()).primary).toBe(secondary);
  });

  it('before a POST was served: still TwilioAmbiguousError (the client cannot tell)', async () => {
    await f.fault({ action: 'CreateSecondaryAuthToken', drop: 'before', times: 1 });

    const error = await rejectionOf(f.client().createSecondaryToken(SID, PRIMARY));

    expect(error).toBeInstanceOf(TwilioAmbiguousError);
    expect(await f.matched()).toBe(1);
  });

  it("retries a DELETE that took effect, which then answers 'absent'", async () => {
    await f.seedSecondary();
    await f.fault({ action: 'DeleteSecondaryAuthToken', drop: 'after', times: 1 });

    const outcome = await f.client().deleteSecondaryToken(SID, PRIMARY);

    expect(outcome).toBe('absent');
    expect((await f.tokens()).secondary).toBeNull();
    expect(await f.matched()).toBe(2);
  });

  it('retries a GET and succeeds', async () => {
    await f.fault({ action: 'FetchAccount', drop: 'before', times: 2 });

    const account = await f.client().fetchAccount(SID, PRIMARY);

    expect(account).toEqual({ sid: SID, status: 'active' });
  });

  it('throws TwilioNetworkError for a GET dropped on every attempt', async () => {
    await f.fault({ action: 'FetchAccount', drop: 'before' });

    const error = await rejectionOf(f.client({ maxAttempts: 2 }).fetchAccount(SID, PRIMARY));

    expect(error).toBeInstanceOf(TwilioNetworkError);
    expect(error).toMatchObject({ attempts: 2, status: undefined });
  });
});

describe('a timeout', () => {
  it('after a POST was sent: TwilioAmbiguousError, never sent again', async () => {
    await f.fault({ action: 'UpdateAuthTokenPromotion', latencyMs: 1_000, times: 1 });

    const error = await rejectionOf(f.client({ timeoutMs: 100 }).promoteSecondaryToken(SID, PRIMARY));

    expect(error).toBeInstanceOf(TwilioAmbiguousError);
    expect(error.message).toContain('TimeoutError');
    expect(await f.matched()).toBe(1);
    await servedCalls(1); // the stand-in still serves it; let it finish inside this test
  });
});

describe('a connection that cannot be opened', () => {
  it('retries a POST (nothing was sent) and throws TwilioNetworkError', async () => {
    const url = await closedPortUrl();

    const error = await rejectionOf(
      f.client({ apiBaseUrl: url, accountsBaseUrl: url, maxAttempts: 3 }).createSecondaryToken(SID, PRIMARY),
    );

    expect(error).toBeInstanceOf(TwilioNetworkError);
    expect(error).toMatchObject({ attempts: 3 });
    expect(error.message).toContain('ECONNREFUSED');
  });
});
