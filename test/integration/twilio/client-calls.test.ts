import { describe, expect, it } from 'vitest';
import { TwilioAuthError, TwilioNotFoundError } from '../../../shared/twilio/index.ts';
import { PRIMARY, rejectionOf, SID, useTwilioFixture } from './twilio-fixture.ts';

const f = useTwilioFixture();
const OTHER_TOKEN = '0'.repeat(32);

describe('fetchAccount', () => {
  it('answers only the sid and the status for the primary token', async () => {
    const account = await f.client().fetchAccount(SID, PRIMARY);

    expect(account).toEqual({ sid: SID, status: 'active' });
  });

  it('authenticates with the secondary token while it exists', async () => {
    const secondary = await f.seedSecondary();

    const account = await f.client().fetchAccount(SID, secondary);

    expect(account).toEqual({ sid: SID, status: 'active' });
  });

  it('throws TwilioAuthError 401 / 20003 for a wrong token, after one attempt', async () => {
    const error = await rejectionOf(f.client().fetchAccount(SID, OTHER_TOKEN));

    expect(error).toBeInstanceOf(TwilioAuthError);
    expect(error).toMatchObject({ status: 401, code: 20003, attempts: 1, operation: 'FetchAccount' });
    expect(error.message).toBe(
      'Twilio FetchAccount (GET /2010-04-01/Accounts/{AccountSid}.json) failed: HTTP 401, code 20003: Authenticate',
    );
  });

  it("throws TwilioNotFoundError 404 / 20404 for another account's SID, without naming it", async () => {
    const otherSid = `AC${'9'.repeat(32)}`;
    // The stand-in authenticates by the token; the path names another account.
    const client = f.client({
      fetch: (url, init) => fetch(url.replace(SID, otherSid), init),
    });

    const error = await rejectionOf(client.fetchAccount(SID, PRIMARY));

    expect(error).toBeInstanceOf(TwilioNotFoundError);
    expect(error).toMatchObject({ status: 404, code: 20404 });
    expect(error.message).not.toContain(SID);
  });
});

describe('createSecondaryToken', () => {
  it('answers the new secondary token and its creation date from the clock', async () => {
    const created = await f.client().createSecondaryToken(SID, PRIMARY);

    expect(created).toEqual({
      secondaryToken: (await f.tokens()).secondary,
      dateCreated: new Date('2026-03-01T10:00:00Z'),
    });
  });

  it('makes a token that authenticates beside the primary', async () => {
    const client = f.client();

    const { secondaryToken } = await client.createSecondaryToken(SID, PRIMARY);

    await expect(client.fetchAccount(SID, secondaryToken)).resolves.toEqual({ sid: SID, status: 'active' });
    await expect(client.fetchAccount(SID, PRIMARY)).resolves.toEqual({ sid: SID, status: 'active' });
  });

  it('throws TwilioAuthError for a wrong token and creates nothing', async () => {
    const error = await rejectionOf(f.client().createSecondaryToken(SID, OTHER_TOKEN));

    expect(error).toBeInstanceOf(TwilioAuthError);
    expect((await f.tokens()).secondary).toBeNull();
  });
});

describe('deleteSecondaryToken', () => {
  it("answers 'deleted' and the secondary stops existing", async () => {
    await f.seedSecondary();

    const outcome = await f.client().deleteSecondaryToken(SID, PRIMARY);

    expect(outcome).toBe('deleted');
    expect((await f.tokens()).secondary).toBeNull();
  });

  it("answers 'absent' when there is no secondary", async () => {
    const outcome = await f.client().deleteSecondaryToken(SID, PRIMARY);

    expect(outcome).toBe('absent');
  });
});

describe('promoteSecondaryToken', () => {
  it('answers only the date of the promotion, and the secondary becomes the primary', async () => {
    const secondary = await f.seedSecondary();
    f.h.clock.advance(60_000);

    const promotion = await f.client().promoteSecondaryToken(SID, PRIMARY);

    expect(promotion).toEqual({ dateUpdated: new Date('2026-03-01T10:01:00Z') });
    expect(await f.tokens()).toEqual({ accountSid: SID, primary: secondary, secondary: null });
  });

  it('makes the old primary fail at once with TwilioAuthError', async () => {
    await f.seedSecondary();
    const client = f.client();
    await client.promoteSecondaryToken(SID, PRIMARY);

    const error = await rejectionOf(client.fetchAccount(SID, PRIMARY));

    expect(error).toBeInstanceOf(TwilioAuthError);
  });

  it('throws TwilioNotFoundError 404 / 20404 when there is no secondary', async () => {
    const error = await rejectionOf(f.client().promoteSecondaryToken(SID, PRIMARY));

    expect(error).toBeInstanceOf(TwilioNotFoundError);
    expect(error).toMatchObject({ status: 404, code: 20404, attempts: 1 });
    expect(error.message).toBe(
      'Twilio UpdateAuthTokenPromotion (POST /v1/AuthTokens/Promote) failed: HTTP 404, code 20404: The requested resource /AuthTokens/Promote was not found',
    );
  });
});
