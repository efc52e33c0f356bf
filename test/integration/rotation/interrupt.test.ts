/**
 * An interrupted run (the CLI's SIGINT or SIGTERM aborts `deps.signal`): it stops after the
 * call in flight, releases its own lock, and says what was and was not done.
 */
import type { SSMClient } from '@aws-sdk/client-ssm';
import { describe, expect, it } from 'vitest';
import { NAMES, useRotationFixture } from './rotation-fixture.ts';

const fx = useRotationFixture();

/** The fixture's SSM client, aborting `controller` once the pending value was written. */
function abortingAfterPendingWrite(controller: AbortController): SSMClient {
  const send = async (command: { input: { Name?: string }; constructor: { name: string } }) => {
    const answer = await fx.ssm.send(command as never);
    const isPendingWrite =
      command.constructor.name === 'PutParameterCommand' && command.input.Name === NAMES.cloakPending;
    if (isPendingWrite) controller.abort('SIGINT');
    return answer;
  };
  return { send } as unknown as SSMClient;
}

describe('a run interrupted by the operator', () => {
  it('rotate stops after the call in flight, releases its lock and lists what was not done', async () => {
    await fx.seedAdopted();
    const controller = new AbortController();
    const deps = fx.deps({ ssm: abortingAfterPendingWrite(controller), signal: controller.signal });

    const result = await fx.act({ action: 'rotate', secret: 'cloak-key' }, deps);

    expect(result).toMatchObject({
      ok: false,
      outcome: 'interrupted',
      error: { code: 'interrupted' },
      lockReleased: true,
      view: { phase: 'creating' },
    });
    expect(result.error?.message).toBe(
      'interrupted (SIGINT): stopped after the call in flight; the state records the last completed step',
    );
    expect(result.notDone?.[0]).toBe(
      'generate a 32-byte key from the CSPRNG and store it as the pending value',
    );
    expect(await fx.lockHeld('cloak-key')).toBe(false);
    expect((await fx.history(NAMES.cloak)).length).toBe(1);
  });

  it('after an interruption another command takes the lock at once: resume finishes the rotation', async () => {
    await fx.seedAdopted();
    const controller = new AbortController();
    const deps = fx.deps({ ssm: abortingAfterPendingWrite(controller), signal: controller.signal });
    await fx.act({ action: 'rotate', secret: 'cloak-key' }, deps);

    const resumed = await fx.act({ action: 'resume', secret: 'cloak-key' });

    expect(resumed).toMatchObject({ ok: true, outcome: 'done', view: { phase: 'awaiting-reencryption' } });
    expect((await fx.history(NAMES.cloak)).map((v) => v.labels)).toEqual([['previous'], ['current']]);
  });
});
