import { describe, expect, it } from 'vitest';
import type { TwilioClient } from '../../../shared/twilio/index.ts';
import { createSecretScan } from '../../helpers/secret-scan.ts';
import { PRIMARY, rejectionOf, SID, type TwilioFixture, useTwilioFixture } from './twilio-fixture.ts';

const f = useTwilioFixture();
const WRONG_TOKEN = 'c'.repeat(32);

interface Scenario {
  name: string;
  /** Seeds the faults of the scenario. */
  prepare(f: TwilioFixture): Promise<void>;
  act(client: TwilioClient, secondary: string): Promise<unknown>;
}

const SCENARIOS: Scenario[] = [
  {
    name: 'a wrong token',
    prepare: async () => {},
    act: (client) => client.fetchAccount(SID, WRONG_TOKEN),
  },
  {
    name: 'a promotion without a secondary',
    prepare: async () => {},
    act: async (client) => {
      await client.deleteSecondaryToken(SID, PRIMARY);
      return client.promoteSecondaryToken(SID, PRIMARY);
    },
  },
  {
    name: 'rate limiting on every attempt',
    prepare: (fx) => fx.fault({ error: { code: '20429', status: 429, message: 'Too Many Requests' } }),
    act: (client, secondary) => client.fetchAccount(SID, secondary),
  },
  {
    name: 'a 5xx to a POST',
    prepare: (fx) => fx.fault({ error: { code: '20500', status: 500, message: 'Internal Server Error' } }),
    act: (client, secondary) => client.createSecondaryToken(SID, secondary),
  },
  {
    name: 'a connection dropped after a promotion',
    prepare: (fx) => fx.fault({ action: 'UpdateAuthTokenPromotion', drop: 'after' }),
    act: (client) => client.promoteSecondaryToken(SID, PRIMARY),
  },
  {
    name: 'a GET dropped on every attempt',
    prepare: (fx) => fx.fault({ action: 'FetchAccount', drop: 'before' }),
    act: (client, secondary) => client.fetchAccount(SID, secondary),
  },
];

describe('errors of the Twilio client', () => {
  it.each(SCENARIOS)('carry no seeded token in message, stack, fields or cause: $name', async (scenario) => {
    const secondary = await f.seedSecondary();
    await scenario.prepare(f);
    const scan = createSecretScan([PRIMARY, secondary, WRONG_TOKEN]);

    const error = await rejectionOf(scenario.act(f.client({ maxAttempts: 2 }), secondary));

    scan.add('error', error);
    scan.add('error message', error.message);
    scan.add('error stack', error.stack ?? '');
    scan.add('String(error)', String(error));
    expect(scan.findings()).toEqual([]);
  });
});
