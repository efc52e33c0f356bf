import { describe, expect, it } from 'vitest';
import { createRotateHandler, type RotationResult } from '../../../functions/rotate.ts';
import { lastRuns } from '../../../shared/ops-state/index.ts';
import { NAMES, useRotationFixture } from './rotation-fixture.ts';

const fx = useRotationFixture();

const SCHEDULED = {
  version: '0',
  id: '53dc4d37-cffa-4f76-80c9-8b7d4a4d2eaa',
  'detail-type': 'Scheduled Event',
  source: 'aws.events',
  account: '111122223333',
  time: '2026-03-01T10:00:00Z',
  region: 'us-east-1',
  resources: ['arn:aws:events:us-east-1:111122223333:rule/sra-rotation-tick'],
  detail: {},
};

function invoke(event: unknown, requestId = 'req-1'): Promise<RotationResult> {
  const deps = fx.deps();
  if (deps.logger === undefined) throw new Error('the fixture gives a logger');
  const handler = createRotateHandler({ ...deps, logger: deps.logger, secrets: deps.secrets as never });
  return handler(event, {
    functionName: 'sra-rotation',
    awsRequestId: requestId,
  } as never) as Promise<RotationResult>;
}

describe('functions/rotate', () => {
  it('a scheduled event runs the tick and records the last successful run', async () => {
    await fx.seedOrigin();

    const result = await invoke(SCHEDULED);
    fx.keep('handler tick', result);

    expect(result).toMatchObject({ ok: true, action: 'tick' });
    expect(Object.keys(await lastRuns(fx.table))).toEqual(['rotate']);
    expect((await fx.history(NAMES.cloak)).map((v) => v.labels)).toEqual([['current']]);
  });

  it('an operator payload rotates and answers versions, labels, state and alert delivery', async () => {
    await fx.seedAdopted();

    const result = await invoke({ action: 'rotate', secret: 'twilio-auth-token' }, 'req-rotate');
    fx.keep('handler rotate', result);

    expect(result).toMatchObject({
      ok: true,
      action: 'rotate',
      secret: 'twilio-auth-token',
      outcome: 'done',
      rotationId: 'req-rotate',
      view: { phase: 'awaiting-retire', latestVersion: 2, currentVersion: 2, previousVersion: 1 },
      alerts: [{ kind: 'rotated', status: 'delivered' }],
    });
  });

  it('a retry of the same request confirms the finished rotation instead of starting another', async () => {
    await fx.seedAdopted();
    await invoke({ action: 'rotate', secret: 'cloak-key' }, 'req-same');

    const retried = await invoke({ action: 'rotate', secret: 'cloak-key' }, 'req-same');

    expect(retried).toMatchObject({ ok: true, outcome: 'already-done', rotationId: 'req-same' });
    expect((await fx.history(NAMES.cloak)).length).toBe(2);
  });

  it('a bad payload is refused naming the field, and nothing changes', async () => {
    await fx.seedAdopted();

    const result = await invoke({ action: 'rotate', secret: 'cloak-key', now: 'yes' });

    expect(result).toMatchObject({
      ok: false,
      error: {
        code: 'invalid-payload',
        issues: [{ path: 'now', message: 'Invalid input: expected boolean, received string' }],
      },
    });
    expect(await fx.state('cloak-key')).toBeUndefined();
  });

  it('an unknown secret is refused naming the field', async () => {
    const result = await invoke({ action: 'rotate', secret: 'twilio-account-sid' });

    expect(result).toMatchObject({
      ok: false,
      error: {
        code: 'invalid-payload',
        issues: [
          {
            path: 'secret',
            message: 'unknown secret "twilio-account-sid"; rotated secrets: cloak-key, twilio-auth-token',
          },
        ],
      },
    });
  });

  it('an unknown field is refused naming it', async () => {
    const result = await invoke({ action: 'status', force: true });

    expect(result).toMatchObject({
      ok: false,
      error: { code: 'invalid-payload', issues: [{ path: 'force' }] },
    });
  });

  it('relabel without versions is refused naming versions', async () => {
    const result = await invoke({ action: 'relabel', secret: 'cloak-key', confirm: true });

    expect(result).toMatchObject({
      ok: false,
      error: { issues: [{ path: 'versions', message: 'is required for action relabel' }] },
    });
  });

  it('status answers every rotated secret and the last runs, without values', async () => {
    await fx.seedOrigin();
    await invoke(SCHEDULED);

    const result = await invoke({ action: 'status' });
    fx.keep('handler status', result);

    expect(result).toMatchObject({
      ok: true,
      action: 'status',
      auditedOnly: ['twilio-account-sid', 'twilio-verify-service-sid'],
      lastRuns: { rotate: '2026-03-01T10:00:00.000Z' },
    });
  });
});
