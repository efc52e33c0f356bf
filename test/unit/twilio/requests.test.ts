import { describe, expect, it } from 'vitest';
import { createTwilioClient } from '../../../shared/twilio/index.ts';
import { fakeFetch, noSleep, SID, TOKEN } from './fake-fetch.ts';

const SECONDARY_ANSWER = {
  status: 201,
  body: { account_sid: SID, date_created: '2026-01-01T00:00:00Z', secondary_auth_token: '2'.repeat(32) },
};

describe('createTwilioClient requests', () => {
  it('authenticates with HTTP Basic accountSid:token', async () => {
    const fake = fakeFetch({ status: 200, body: { sid: SID, status: 'active' } });
    const client = createTwilioClient({ fetch: fake.fetch, sleep: noSleep });

    await client.fetchAccount(SID, TOKEN);

    const expected = `Basic ${Buffer.from(`${SID}:${TOKEN}`, 'utf8').toString('base64')}`;
    expect(fake.requests[0]?.headers.authorization).toBe(expected);
  });

  it('fetches the account from the API host by its SID', async () => {
    const fake = fakeFetch({ status: 200, body: { sid: SID, status: 'active' } });
    const client = createTwilioClient({ fetch: fake.fetch, sleep: noSleep });

    await client.fetchAccount(SID, TOKEN);

    expect(fake.requests[0]).toMatchObject({
      method: 'GET',
      url: `https://api.twilio.com/2010-04-01/Accounts/${SID}.json`,
      body: undefined,
    });
  });

  it('creates the secondary on the Accounts host with an empty form: no SuppressEmailNotification', async () => {
    const fake = fakeFetch(SECONDARY_ANSWER);
    const client = createTwilioClient({ fetch: fake.fetch, sleep: noSleep });

    await client.createSecondaryToken(SID, TOKEN);

    expect(fake.requests[0]).toMatchObject({
      method: 'POST',
      url: 'https://accounts.twilio.com/v1/AuthTokens/Secondary',
      headers: expect.objectContaining({ 'content-type': 'application/x-www-form-urlencoded' }),
      body: '',
    });
  });

  it('sends SuppressEmailNotification=true when asked', async () => {
    const fake = fakeFetch({ status: 200, body: { date_updated: '2026-01-01T00:00:00Z' } });
    const client = createTwilioClient({ fetch: fake.fetch, sleep: noSleep });

    await client.promoteSecondaryToken(SID, TOKEN, { suppressEmailNotification: true });

    expect(fake.requests[0]).toMatchObject({
      url: 'https://accounts.twilio.com/v1/AuthTokens/Promote',
      body: 'SuppressEmailNotification=true',
    });
  });

  it('deletes the secondary with DELETE on the Accounts host', async () => {
    const fake = fakeFetch({ status: 204 });
    const client = createTwilioClient({ fetch: fake.fetch, sleep: noSleep });

    const outcome = await client.deleteSecondaryToken(SID, TOKEN);

    expect(outcome).toBe('deleted');
    expect(fake.requests[0]).toMatchObject({
      method: 'DELETE',
      url: 'https://accounts.twilio.com/v1/AuthTokens/Secondary',
    });
  });

  it('joins a base URL with a path prefix and no trailing slash', async () => {
    const fake = fakeFetch({ status: 200, body: { sid: SID, status: 'active' } });
    const client = createTwilioClient({ apiBaseUrl: 'https://proxy.example.com/twilio/', fetch: fake.fetch });

    await client.fetchAccount(SID, TOKEN);

    expect(fake.requests[0]?.url).toBe(`https://proxy.example.com/twilio/2010-04-01/Accounts/${SID}.json`);
  });

  it('answers the account without its auth_token', async () => {
    const fake = fakeFetch({ status: 200, body: { sid: SID, status: 'suspended', auth_token: TOKEN } });
    const client = createTwilioClient({ fetch: fake.fetch });

    const account = await client.fetchAccount(SID, TOKEN);

    expect(account).toStrictEqual({ sid: SID, status: 'suspended' });
  });

  it('answers the promotion date only, never the new primary', async () => {
    const fake = fakeFetch({
      status: 200,
      body: { auth_token: '2'.repeat(32), date_updated: '2026-02-03T04:05:06Z' },
    });
    const client = createTwilioClient({ fetch: fake.fetch });

    const promotion = await client.promoteSecondaryToken(SID, TOKEN);

    expect(promotion).toStrictEqual({ dateUpdated: new Date('2026-02-03T04:05:06Z') });
  });
});
