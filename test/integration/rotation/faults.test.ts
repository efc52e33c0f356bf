/**
 * Throttling and server errors on every call type of the Twilio flow (a superset of the
 * cloak flow's): one error is retried (by the SDK, the Twilio client, or the step's own
 * read-back) and the flow ends as an uninterrupted run; an error that persists fails the
 * step cleanly, and `resume` converges once it is gone.
 */
import { describe, expect, it } from 'vitest';
import { recordFlow, undeliveredAlerts } from './crash-matrix.ts';
import { twilioFlow } from './flows.ts';
import { NAMES, useRotationFixture } from './rotation-fixture.ts';

const THROTTLED = {
  ssm: { code: 'ThrottlingException', status: 400, message: 'Rate exceeded' },
  dynamodb: { code: 'ThrottlingException', status: 400, message: 'Rate exceeded' },
  sns: { code: 'Throttling', status: 400, message: 'Rate exceeded' },
  twilio: { code: '20429', status: 429, message: 'Too Many Requests' },
} as const;

const SERVER_ERROR = {
  ssm: { code: 'InternalServerError', status: 500, message: 'An error occurred on the server side.' },
  dynamodb: { code: 'InternalServerError', status: 500, message: 'Internal server error' },
  sns: { code: 'InternalError', status: 500, message: 'Internal error' },
  twilio: { code: '20500', status: 500, message: 'Internal Server Error' },
} as const;

const points = await recordFlow(twilioFlow);
const callTypes = [...new Map(points.map((p) => [`${p.service} ${p.action}`, p])).values()];
const fx = useRotationFixture();

describe('one throttled or failed call of each type is retried and the flow converges', () => {
  for (const call of callTypes) {
    for (const [kind, errors] of [
      ['throttled', THROTTLED],
      ['5xx', SERVER_ERROR],
    ] as const) {
      it(`${kind}: ${call.service} ${call.action}`, async () => {
        const seeded = await fx.seedAdopted();
        for (const [index, step] of twilioFlow.steps.entries()) {
          step.before?.(fx);
          if (index === call.step)
            await fx.fault({
              service: call.service,
              action: call.action,
              error: errors[call.service],
              times: 1,
            });
          await step.run(fx, fx.deps());
        }
        if ((await undeliveredAlerts(fx)) > 0) await fx.tick();
        await twilioFlow.assertEnd(fx, seeded);
      });
    }
  }
});

describe('an error that persists fails cleanly; resume converges once it is gone', () => {
  it('5xx on every canonical PutParameter: nothing written, state tested, then resume promotes', async () => {
    await fx.seedAdopted();
    await fx.fault({ service: 'ssm', action: 'PutParameter', error: SERVER_ERROR.ssm, nth: 2 });

    const failed = await fx.act({ action: 'rotate', secret: 'cloak-key' });
    await fx.clearFaults();
    const resumed = await fx.act({ action: 'resume', secret: 'cloak-key' });

    expect(failed).toMatchObject({ ok: false, outcome: 'failed', error: { code: 'write-unconfirmed' } });
    expect(failed.view?.phase).toBe('tested');
    expect(resumed).toMatchObject({ ok: true, outcome: 'done', view: { phase: 'awaiting-reencryption' } });
    expect((await fx.history(NAMES.cloak)).map((v) => [v.version, v.labels])).toEqual([
      [1, ['previous']],
      [2, ['current']],
    ]);
  });

  it('throttling on every DynamoDB call refuses cleanly before anything changes', async () => {
    await fx.seedAdopted();
    await fx.fault({ service: 'dynamodb', action: '*', error: THROTTLED.dynamodb });

    const result = await fx.act({ action: 'rotate', secret: 'cloak-key' });
    await fx.clearFaults();

    expect(result).toMatchObject({ ok: false, outcome: 'failed' });
    expect((await fx.history(NAMES.cloak)).length).toBe(1);
    expect(await fx.history(NAMES.cloakPending)).toEqual([]);
  });

  it('SNS failing on every attempt leaves the rotated alert pending; the next tick delivers it', async () => {
    await fx.seedAdopted();
    await fx.fault({ service: 'sns', action: 'Publish', error: SERVER_ERROR.sns });

    const result = await fx.act({ action: 'rotate', secret: 'cloak-key' });
    await fx.clearFaults();
    await fx.tick();

    expect(result).toMatchObject({
      ok: true,
      outcome: 'done',
      alerts: [{ kind: 'rotated', status: 'pending' }],
    });
    expect(await fx.alertKinds()).toEqual(['rotated']);
  });
});
