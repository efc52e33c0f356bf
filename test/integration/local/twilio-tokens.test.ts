import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { type LocalHarness, startLocalHarness } from '../helpers/local-clients.ts';

const SID = `AC${'1'.repeat(32)}`;
const PRIMARY = 'a'.repeat(32);

let h: LocalHarness;

beforeAll(async () => {
  h = await startLocalHarness();
});
beforeEach(async () => {
  await h.reset();
  await h.control('POST', 'twilio/account', { sid: SID, authToken: PRIMARY });
});
afterAll(() => h.close());

function call(method: string, path: string, token: string): Promise<Response> {
  const authorization = `Basic ${Buffer.from(`${SID}:${token}`).toString('base64')}`;
  return fetch(`${h.local.url}${path}`, { method, headers: { authorization } });
}

const fetchAccount = (token: string) => call('GET', `/2010-04-01/Accounts/${SID}.json`, token);

/** The world clock in Twilio's v1 format (ISO 8601 without milliseconds). */
const v1Now = () =>
  h.clock
    .now()
    .toISOString()
    .replace(/\.\d{3}Z$/, 'Z');

async function createSecondary(token = PRIMARY): Promise<string> {
  const answer = await call('POST', '/v1/AuthTokens/Secondary', token);
  return ((await answer.json()) as { secondary_auth_token: string }).secondary_auth_token;
}

describe('POST /v1/AuthTokens/Secondary', () => {
  it('answers 201 with the new token and ISO 8601 dates from the world clock', async () => {
    h.clock.advance(60_000);

    const answer = await call('POST', '/v1/AuthTokens/Secondary', PRIMARY);

    expect(answer.status).toBe(201);
    expect(await answer.json()).toEqual({
      account_sid: SID,
      date_created: v1Now(),
      date_updated: v1Now(),
      secondary_auth_token: expect.stringMatching(/^[0-9a-f]{32}$/),
      url: `${h.local.url}/v1/AuthTokens/Secondary`,
    });
  });

  it('makes a token that authenticates beside the primary', async () => {
    const secondary = await createSecondary();

    expect((await fetchAccount(secondary)).status).toBe(200);
    expect((await fetchAccount(PRIMARY)).status).toBe(200);
  });

  it('replaces an existing secondary, which stops authenticating', async () => {
    const first = await createSecondary();

    const second = await createSecondary();

    expect(second).not.toBe(first);
    expect((await fetchAccount(first)).status).toBe(401);
  });
});

describe('DELETE /v1/AuthTokens/Secondary', () => {
  it('answers 204 and the secondary stops authenticating', async () => {
    const secondary = await createSecondary();

    const answer = await call('DELETE', '/v1/AuthTokens/Secondary', PRIMARY);

    expect(answer.status).toBe(204);
    expect((await fetchAccount(secondary)).status).toBe(401);
  });

  it('answers 404 / 20404 when there is no secondary', async () => {
    const answer = await call('DELETE', '/v1/AuthTokens/Secondary', PRIMARY);

    expect(answer.status).toBe(404);
    expect(await answer.json()).toEqual({
      code: 20404,
      message: 'The requested resource /AuthTokens/Secondary was not found',
      more_info: 'https://www.twilio.com/docs/errors/20404',
      status: 404,
    });
  });
});

describe('POST /v1/AuthTokens/Promote', () => {
  it('answers 200 with the secondary as the new primary, created then and updated now', async () => {
    const secondary = await createSecondary();
    const created = v1Now();
    h.clock.advance(3_600_000);

    const answer = await call('POST', '/v1/AuthTokens/Promote', PRIMARY);

    expect(answer.status).toBe(200);
    expect(await answer.json()).toEqual({
      account_sid: SID,
      auth_token: secondary,
      date_created: created,
      date_updated: v1Now(),
      url: `${h.local.url}/v1/AuthTokens`,
    });
  });

  it('stops the old primary at once and keeps the new one working', async () => {
    const secondary = await createSecondary();

    await call('POST', '/v1/AuthTokens/Promote', secondary);

    expect((await fetchAccount(PRIMARY)).status).toBe(401);
    expect((await fetchAccount(secondary)).status).toBe(200);
    expect((await h.control('GET', 'twilio/tokens')).body).toEqual({
      accountSid: SID,
      primary: secondary,
      secondary: null,
    });
  });

  it('answers 404 / 20404 when there is no secondary', async () => {
    const answer = await call('POST', '/v1/AuthTokens/Promote', PRIMARY);

    expect(answer.status).toBe(404);
    expect(await answer.json()).toEqual({
      code: 20404,
      message: 'The requested resource /AuthTokens/Promote was not found',
      more_info: 'https://www.twilio.com/docs/errors/20404',
      status: 404,
    });
  });
});

describe('control: secondary created by a person', () => {
  it('creates a secondary the product can then find and promote', async () => {
    const { body } = await h.control('POST', 'twilio/secondary');

    expect(body.secondary).toMatch(/^[0-9a-f]{32}$/);
    expect((await fetchAccount(body.secondary)).status).toBe(200);
    expect((await call('POST', '/v1/AuthTokens/Promote', PRIMARY)).status).toBe(200);
  });
});
