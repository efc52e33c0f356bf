/**
 * Calls per rotation, counted by the stand-ins themselves (a zero-latency fault on every
 * action of each service counts the calls it served): one full rotation of each strategy,
 * from an adopted parameter to the old value's retirement.
 */
import { describe, expect, it } from 'vitest';
import { GRACE_MS, useRotationFixture } from './rotation-fixture.ts';

const fx = useRotationFixture();
const SERVICES = ['ssm', 'dynamodb', 'sns', 'twilio'] as const;

async function countCalls(run: () => Promise<unknown>): Promise<Record<(typeof SERVICES)[number], number>> {
  for (const service of SERVICES) await fx.fault({ service, action: '*', latencyMs: 0 });
  await run();
  const { faults } = (await fx.h.control('GET', 'faults')).body as {
    faults: { service: string; matched: number }[];
  };
  await fx.clearFaults();
  return Object.fromEntries(
    SERVICES.map((s) => [s, faults.find((f) => f.service === s)?.matched ?? 0]),
  ) as Record<(typeof SERVICES)[number], number>;
}

describe('calls of one full rotation, as the stand-ins served them', () => {
  it('cloak key: rotate, then retire with confirmation', async () => {
    await fx.seedAdopted();

    const calls = await countCalls(async () => {
      await fx.act({ action: 'rotate', secret: 'cloak-key' });
      await fx.act({ action: 'retire', secret: 'cloak-key', confirm: true });
    });

    expect(calls).toEqual({ ssm: 11, dynamodb: 16, sns: 2, twilio: 0 });
  });

  it('Twilio auth token: rotate, then retire after the grace period', async () => {
    await fx.seedAdopted();

    const calls = await countCalls(async () => {
      await fx.act({ action: 'rotate', secret: 'twilio-auth-token' });
      fx.clock.advance(GRACE_MS);
      await fx.act({ action: 'retire', secret: 'twilio-auth-token' });
    });

    expect(calls).toEqual({ ssm: 13, dynamodb: 16, sns: 2, twilio: 7 });
  });

  it('a tick with nothing to do reads and writes nothing but its reads', async () => {
    await fx.seedAdopted();
    await fx.tick();

    const calls = await countCalls(() => fx.tick());

    expect(calls).toEqual({ ssm: 4, dynamodb: 3, sns: 0, twilio: 0 });
  });
});
