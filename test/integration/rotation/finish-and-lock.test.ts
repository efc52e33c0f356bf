import { describe, expect, it } from 'vitest';
import { acquireLock, rotationLockKey } from '../../../shared/ops-state/index.ts';
import type { FetchLike } from '../../../shared/twilio/index.ts';
import { closeRecorders, recordCalls, recordedDeps } from './call-recorder.ts';
import { LEASE_MS, NAMES, useRotationFixture } from './rotation-fixture.ts';

const fx = useRotationFixture();
const MINUTE = 60_000;

describe('C-06: a retried finish verifies every earlier effect', () => {
  it('after a crash that left current in place but the pending value, the alert and the phase missing, resume does the rest', async () => {
    await fx.seedAdopted();
    await fx.fault({ service: 'ssm', action: 'DeleteParameter', drop: 'before', times: 1 });
    const recorder = recordCalls(fx);
    await fx.act({ action: 'rotate', secret: 'cloak-key' }, recordedDeps(fx, recorder));
    closeRecorders(fx);
    const afterCrash = {
      labels: (await fx.history(NAMES.cloak)).map((v) => v.labels),
      pending: (await fx.history(NAMES.cloakPending)).length,
      state: await fx.state('cloak-key'),
    };
    fx.clock.advance(LEASE_MS + 1);

    const resumed = await fx.act({ action: 'resume', secret: 'cloak-key' });

    expect(recorder.crashed).toBe(true);
    expect(afterCrash).toMatchObject({
      labels: [['previous'], ['current']],
      pending: 1,
      state: { phase: 'promoting' },
    });
    expect(resumed).toMatchObject({
      ok: true,
      outcome: 'done',
      alerts: [{ kind: 'rotated', status: 'delivered' }],
      lockReleased: true,
    });
    expect(resumed.done).toEqual([
      `resuming rotation ${String(afterCrash.state?.rotationId)} from phase promoting`,
      'deleted the pending value',
    ]);
    expect(await fx.history(NAMES.cloakPending)).toEqual([]);
    expect(await fx.state('cloak-key')).toMatchObject({ phase: 'awaiting-reencryption' });
  });
});

describe('the lock lease during long work', () => {
  /** A Twilio fetch that lets `onCall` act (move the clock, compete for the lock) before each call. */
  const slowTwilio = (onCall: (n: number) => Promise<void>): FetchLike => {
    let n = 0;
    return async (input, init) => {
      n += 1;
      await onCall(n);
      return fetch(input, init);
    };
  };

  it('a run past half its lease renews it, so a competitor cannot take it', async () => {
    await fx.seedAdopted();
    const competitors: boolean[] = [];
    const twilio = fx.twilioWith(
      slowTwilio(async (n) => {
        fx.clock.advance(9 * MINUTE);
        if (n === 4) {
          const taken = await acquireLock(fx.table, rotationLockKey('twilio-auth-token'), {
            leaseMs: LEASE_MS,
            owner: 'competitor',
          });
          competitors.push(taken.acquired);
        }
      }),
    );

    const result = await fx.act({ action: 'rotate', secret: 'twilio-auth-token' }, fx.deps({ twilio }));

    expect(competitors).toEqual([false]);
    expect(result).toMatchObject({ ok: true, outcome: 'done' });
  });

  it('a run whose expired lock was taken over stops without changing anything more', async () => {
    await fx.seedAdopted();
    const twilio = fx.twilioWith(
      slowTwilio(async (n) => {
        if (n !== 2) return;
        fx.clock.advance(LEASE_MS + 1);
        await acquireLock(fx.table, rotationLockKey('twilio-auth-token'), {
          leaseMs: LEASE_MS,
          owner: 'competitor',
        });
      }),
    );

    const result = await fx.act({ action: 'rotate', secret: 'twilio-auth-token' }, fx.deps({ twilio }));

    expect(result).toMatchObject({ ok: false, outcome: 'failed', error: { code: 'lock-lost' } });
    expect(await fx.state('twilio-auth-token')).toMatchObject({ phase: 'creating' });
    expect(await fx.history(NAMES.tokenPending)).toEqual([]);
    expect((await fx.history(NAMES.token)).length).toBe(1);
  });
});
