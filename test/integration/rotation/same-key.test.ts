/**
 * After a rollback two versions hold the same cloak key. `previous` must not be put on a
 * version holding the `current` value, and `retire` must not announce the live key retired.
 * Compared by fingerprint; no value is ever printed (the fixture's scan checks it).
 */
import { LabelParameterVersionCommand } from '@aws-sdk/client-ssm';
import { describe, expect, it } from 'vitest';
import { loadState, saveState } from '../../../shared/rotation/run/state-store.ts';
import { NAMES, useRotationFixture } from './rotation-fixture.ts';

const fx = useRotationFixture();

/** Rotate, then roll back: version 3 holds the key of version 1 (version 2 the abandoned one). */
async function rolledBack(): Promise<void> {
  await fx.seedAdopted();
  await fx.act({ action: 'rotate', secret: 'cloak-key' });
  await fx.act({ action: 'rollback', secret: 'cloak-key' });
}

describe('relabel and retire with a previous that holds the current value', () => {
  it('relabel refuses a previous holding the same value as current, moving nothing', async () => {
    await rolledBack();
    const labelsBefore = (await fx.history(NAMES.cloak)).map((v) => v.labels);

    const result = await fx.act({
      action: 'relabel',
      secret: 'cloak-key',
      versions: { current: 3, previous: 1 },
      confirm: true,
    });

    expect(result).toMatchObject({ ok: false, outcome: 'refused', error: { code: 'bad-versions' } });
    expect(result.error?.message).toBe(
      'versions 1 and 3 of cloak-key hold the same value (same fingerprint): `previous` would not keep the former value reachable',
    );
    expect((await fx.history(NAMES.cloak)).map((v) => v.labels)).toEqual(labelsBefore);
  });

  it('retire --confirm of a cloak key refuses when previous holds the current key', async () => {
    await rolledBack();
    // The state a relabel --current 3 --previous 1 made before the fix: v1 and v3 hold one key.
    await fx.h.ssm.send(
      new LabelParameterVersionCommand({ Name: NAMES.cloak, ParameterVersion: 1, Labels: ['previous'] }),
    );
    const loaded = await loadState(fx.table, 'cloak-key');
    await saveState(fx.table, { ...loaded.state, fromVersion: 1, toVersion: 3 }, loaded.revision);

    const result = await fx.act({ action: 'retire', secret: 'cloak-key', confirm: true });

    expect(result).toMatchObject({ ok: false, outcome: 'refused', error: { code: 'previous-is-current' } });
    expect(result.error?.message).toBe(
      '`previous` (version 1) of cloak-key holds the same key as `current` (version 3): there is no old key to retire, and the live key must not be announced retired',
    );
    expect((await fx.state('cloak-key'))?.phase).toBe('awaiting-reencryption');
    expect(await fx.alertKinds()).not.toContain('retired');
  });
});
