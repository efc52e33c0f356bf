import { describe, expect, it } from 'vitest';
import { getState, putState, RevisionConflictError } from '../../../shared/ops-state/index.ts';
import { useOpsFixture } from './local-ops.ts';

const fx = useOpsFixture();

describe('putState', () => {
  it('creates revision 1 from expected revision 0 and reads it back', async () => {
    const revision = await putState(fx.table, 'cloak-key', { step: 'create', rotationId: 'r-1' }, 0);

    expect(revision).toBe(1);
    expect(await getState(fx.table, 'cloak-key')).toEqual({
      revision: 1,
      data: { step: 'create', rotationId: 'r-1' },
      updatedAt: new Date('2026-03-01T10:00:00.000Z'),
    });
  });

  it('replaces the state when the expected revision is current', async () => {
    await putState(fx.table, 'cloak-key', { step: 'create' }, 0);

    const revision = await putState(fx.table, 'cloak-key', { step: 'test' }, 1);

    expect(revision).toBe(2);
    expect((await getState(fx.table, 'cloak-key'))?.data).toEqual({ step: 'test' });
  });

  it('throws RevisionConflictError naming both revisions when another writer went first', async () => {
    await putState(fx.table, 'cloak-key', { step: 'create' }, 0);
    await putState(fx.table, 'cloak-key', { step: 'test' }, 1);

    const act = putState(fx.table, 'cloak-key', { step: 'promote' }, 1);

    await expect(act).rejects.toBeInstanceOf(RevisionConflictError);
    await expect(act).rejects.toThrow('rotation state of cloak-key: expected revision 1, found revision 2');
    expect((await getState(fx.table, 'cloak-key'))?.data).toEqual({ step: 'test' });
  });

  it('throws RevisionConflictError when a state is created twice', async () => {
    await putState(fx.table, 'twilio-auth-token', { step: 'create' }, 0);

    const act = putState(fx.table, 'twilio-auth-token', { step: 'create' }, 0);

    await expect(act).rejects.toThrow(
      'rotation state of twilio-auth-token: expected revision 0, found revision 1',
    );
  });

  it('throws RevisionConflictError naming the missing item when updating a state never created', async () => {
    const act = putState(fx.table, 'cloak-key', { step: 'test' }, 3);

    await expect(act).rejects.toThrow('rotation state of cloak-key: expected revision 3, found no item');
  });

  it('lets exactly one of five concurrent writers of the same revision succeed', async () => {
    await putState(fx.table, 'cloak-key', { step: 'create' }, 0);

    const results = await Promise.allSettled(
      Array.from({ length: 5 }, (_, i) => putState(fx.table, 'cloak-key', { writer: i }, 1)),
    );

    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    expect(
      results.filter((r) => r.status === 'rejected' && r.reason instanceof RevisionConflictError),
    ).toHaveLength(4);
  });
});

describe('getState', () => {
  it('returns undefined for a secret without state', async () => {
    expect(await getState(fx.table, 'twilio-verify-service-sid')).toBeUndefined();
  });
});
