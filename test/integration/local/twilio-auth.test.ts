import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { type LocalHarness, startLocalHarness } from '../helpers/local-clients.ts';

const SID = `AC${'1'.repeat(32)}`;
const PRIMARY = 'a'.repeat(32);
const AUTHENTICATE = {
  code: 20003,
  message: 'Authenticate',
  more_info: 'https://www.twilio.com/docs/errors/20003',
  status: 401,
};

let h: LocalHarness;

beforeAll(async () => {
  h = await startLocalHarness();
});
beforeEach(async () => {
  await h.reset();
  await h.control('POST', 'twilio/account', { sid: SID, authToken: PRIMARY });
});
afterAll(() => h.close());

/** The world clock in RFC 2822, as the 2010-04-01 API writes dates. */
const rfc2822Now = () => h.clock.now().toUTCString().replace('GMT', '+0000');

function fetchAccount(user: string, token: string, sid = SID): Promise<Response> {
  const authorization = `Basic ${Buffer.from(`${user}:${token}`).toString('base64')}`;
  return fetch(`${h.local.url}/2010-04-01/Accounts/${sid}.json`, { headers: { authorization } });
}

describe('GET /2010-04-01/Accounts/{AccountSid}.json', () => {
  it('answers the account resource to the primary token', async () => {
    const answer = await fetchAccount(SID, PRIMARY);

    expect(answer.status).toBe(200);
    expect(await answer.json()).toEqual({
      auth_token: PRIMARY,
      date_created: rfc2822Now(),
      date_updated: rfc2822Now(),
      friendly_name: 'Local stand-in account',
      owner_account_sid: SID,
      sid: SID,
      status: 'active',
      subresource_uris: expect.objectContaining({ calls: `/2010-04-01/Accounts/${SID}/Calls.json` }),
      type: 'Full',
      uri: `/2010-04-01/Accounts/${SID}.json`,
    });
  });

  it('answers 401 / 20003 with WWW-Authenticate to a wrong token', async () => {
    const answer = await fetchAccount(SID, 'b'.repeat(32));

    expect(answer.status).toBe(401);
    expect(answer.headers.get('www-authenticate')).toBe('Basic realm="Twilio API"');
    expect(await answer.json()).toEqual(AUTHENTICATE);
  });

  it('answers 401 / 20003 to another account SID as user', async () => {
    const answer = await fetchAccount(`AC${'2'.repeat(32)}`, PRIMARY);

    expect(await answer.json()).toEqual(AUTHENTICATE);
  });

  it('answers 401 / 20003 without credentials', async () => {
    const answer = await fetch(`${h.local.url}/2010-04-01/Accounts/${SID}.json`);

    expect(answer.status).toBe(401);
    expect(await answer.json()).toEqual(AUTHENTICATE);
  });

  it('answers 404 / 20404 for another account with valid credentials', async () => {
    const other = `AC${'2'.repeat(32)}`;

    const answer = await fetchAccount(SID, PRIMARY, other);

    expect(answer.status).toBe(404);
    expect(await answer.json()).toEqual({
      code: 20404,
      message: `The requested resource /2010-04-01/Accounts/${other}.json was not found`,
      more_info: 'https://www.twilio.com/docs/errors/20404',
      status: 404,
    });
  });
});

describe('control: Twilio account', () => {
  it('refuses a seed whose SID is not AC and 32 hex digits', async () => {
    const answer = await h.control('POST', 'twilio/account', { sid: 'AC123' });

    expect(answer.status).toBe(400);
    expect(answer.body.field).toBe('sid');
  });

  it('logs calls with the credential used and never a token', async () => {
    await fetchAccount(SID, PRIMARY);
    await fetchAccount(SID, 'b'.repeat(32));

    const { body } = await h.control('GET', 'twilio/calls');

    const call = {
      time: h.clock.now().toISOString(),
      method: 'GET',
      path: `/2010-04-01/Accounts/${SID}.json`,
      action: 'FetchAccount',
    };
    expect(body.calls).toEqual([
      { ...call, status: 200, credential: 'primary' },
      { ...call, status: 401, credential: 'invalid' },
    ]);
    expect(JSON.stringify(body)).not.toContain(PRIMARY);
  });
});

describe('injected faults', () => {
  it('answers an injected rate limit as 429 / 20429 in Twilio JSON', async () => {
    await h.control('POST', 'faults', {
      service: 'twilio',
      action: 'FetchAccount',
      error: { code: '20429', status: 429, message: 'Too Many Requests' },
    });

    const answer = await fetchAccount(SID, PRIMARY);

    expect(answer.status).toBe(429);
    expect(await answer.json()).toEqual({
      code: 20429,
      message: 'Too Many Requests',
      more_info: 'https://www.twilio.com/docs/errors/20429',
      status: 429,
    });
  });
});
