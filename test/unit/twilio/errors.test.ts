import { describe, expect, it } from 'vitest';
import {
  createTwilioClient,
  TwilioAmbiguousError,
  TwilioAuthError,
  TwilioError,
  TwilioNetworkError,
  TwilioNotFoundError,
} from '../../../shared/twilio/index.ts';
import { fakeFetch, noSleep, SID, TOKEN } from './fake-fetch.ts';

async function rejectionOf(promise: Promise<unknown>): Promise<TwilioError> {
  try {
    await promise;
  } catch (error) {
    return error as TwilioError;
  }
  throw new Error('expected a rejection');
}

describe('Twilio client errors', () => {
  it('TwilioAuthError for a 403 carrying code 20003', async () => {
    const fake = fakeFetch({ status: 403, body: { code: 20003, message: 'Authenticate', status: 403 } });

    const error = await rejectionOf(createTwilioClient({ fetch: fake.fetch }).fetchAccount(SID, TOKEN));

    expect(error).toBeInstanceOf(TwilioAuthError);
    expect(error).toMatchObject({ status: 403, code: 20003, attempts: 1 });
  });

  it('TwilioError (no subclass) for a 400, not retried', async () => {
    const fake = fakeFetch({ status: 400, body: { code: 21212, message: 'Invalid parameter', status: 400 } });

    const error = await rejectionOf(createTwilioClient({ fetch: fake.fetch }).fetchAccount(SID, TOKEN));

    expect(error.constructor).toBe(TwilioError);
    expect(error).toMatchObject({ name: 'TwilioError', status: 400, code: 21212, attempts: 1 });
  });

  it('a 404 without Twilio code 20404 is not TwilioNotFoundError, so a DELETE does not answer absent', async () => {
    const fake = fakeFetch({ status: 404, body: '<html>Not Found</html>' });

    const error = await rejectionOf(
      createTwilioClient({ fetch: fake.fetch }).deleteSecondaryToken(SID, TOKEN),
    );

    expect(error).not.toBeInstanceOf(TwilioNotFoundError);
    expect(error).toMatchObject({ status: 404, code: undefined });
  });

  it('keeps the fields of the error document as cause, and more_info', async () => {
    const doc = {
      code: 20003,
      message: 'Authenticate',
      more_info: 'https://www.twilio.com/docs/errors/20003',
      status: 401,
    };
    const fake = fakeFetch({ status: 401, body: doc });

    const error = await rejectionOf(createTwilioClient({ fetch: fake.fetch }).fetchAccount(SID, TOKEN));

    expect(error.cause).toEqual(doc);
    expect(error.moreInfo).toBe('https://www.twilio.com/docs/errors/20003');
  });

  it('scrubs the token and the account SID out of a message Twilio echoes', async () => {
    const fake = fakeFetch({ status: 400, body: { code: 1, message: `bad ${TOKEN} for ${SID}` } });

    const error = await rejectionOf(createTwilioClient({ fetch: fake.fetch }).fetchAccount(SID, TOKEN));

    expect(error.message).toBe(
      'Twilio FetchAccount (GET /2010-04-01/Accounts/{AccountSid}.json) failed: HTTP 400, code 1: bad [REDACTED] for {AccountSid}',
    );
    expect(JSON.stringify(error.cause)).not.toContain(TOKEN);
  });

  it('TwilioAmbiguousError for a 2xx to a POST whose body cannot be read', async () => {
    const fake = fakeFetch({ status: 201, body: { account_sid: SID } });

    const error = await rejectionOf(
      createTwilioClient({ fetch: fake.fetch }).createSecondaryToken(SID, TOKEN),
    );

    expect(error).toBeInstanceOf(TwilioAmbiguousError);
    expect(error.message).toBe(
      'Twilio CreateSecondaryAuthToken (POST /v1/AuthTokens/Secondary) answered HTTP 201 with a body that could not be read; it took effect, but its result is lost',
    );
  });

  it('TwilioError for a 2xx to a GET whose body is not JSON', async () => {
    const fake = fakeFetch({ status: 200, body: 'not json' });

    const error = await rejectionOf(createTwilioClient({ fetch: fake.fetch }).fetchAccount(SID, TOKEN));

    expect(error.constructor).toBe(TwilioError);
    expect(error).toMatchObject({ status: 200 });
  });

  it('TwilioNetworkError keeps the fetch failure as cause', async () => {
    const failure = new TypeError('fetch failed', {
      cause: Object.assign(new Error('other side closed'), { code: 'UND_ERR_SOCKET' }),
    });
    const fake = fakeFetch(failure);

    const error = await rejectionOf(
      createTwilioClient({ fetch: fake.fetch, sleep: noSleep, maxAttempts: 2 }).fetchAccount(SID, TOKEN),
    );

    expect(error).toBeInstanceOf(TwilioNetworkError);
    expect(error.cause).toBe(failure);
    expect(error.message).toBe(
      'Twilio FetchAccount (GET /2010-04-01/Accounts/{AccountSid}.json) failed after 2 attempts: no answer (TypeError: fetch failed: other side closed)',
    );
  });

  it('retries a POST whose connection was refused (never sent), then succeeds', async () => {
    const refused = new TypeError('fetch failed', {
      cause: Object.assign(new Error('connect'), { code: 'ECONNREFUSED' }),
    });
    const fake = fakeFetch(refused, {
      status: 201,
      body: { date_created: '2026-01-01T00:00:00Z', secondary_auth_token: '2'.repeat(32) },
    });

    const created = await createTwilioClient({ fetch: fake.fetch, sleep: noSleep }).createSecondaryToken(
      SID,
      TOKEN,
    );

    expect(created.secondaryToken).toBe('2'.repeat(32));
    expect(fake.requests).toHaveLength(2);
  });
});
