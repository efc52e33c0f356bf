import { describe, expect, it } from 'vitest';
import { findInconsistency } from '../../../shared/rotation/checks/consistency.ts';
import { relabelCommand } from '../../../shared/rotation/checks/repair.ts';
import { inspection, snapshot } from './fixtures.ts';

describe('findInconsistency (C-07)', () => {
  it('names a pending value without a rotation and the cancel repair', () => {
    const found = findInconsistency(inspection([[1, ['current']]], {}, { version: 3 }));

    expect(found).toEqual({
      code: 'pending-without-rotation',
      message:
        'a pending value exists for cloak-key (pending version 3) but no rotation is in progress (phase idle)',
      repair: 'sra cancel cloak-key',
    });
  });

  it('names a state version that does not exist', () => {
    const found = findInconsistency(
      inspection(
        [
          [1, ['previous']],
          [2, ['current']],
        ],
        { phase: 'awaiting-reencryption', fromVersion: 1, toVersion: 9 },
      ),
    );

    expect(found?.code).toBe('state-names-missing-version');
    expect(found?.message).toBe(
      'the rotation state of cloak-key names version 9 (toVersion) which does not exist (latest is 2)',
    );
  });

  it('names previous on a newer version than current, with the relabel repair', () => {
    const found = findInconsistency(
      inspection([
        [1, ['current']],
        [2, ['previous']],
      ]),
    );

    expect(found).toMatchObject({
      code: 'previous-newer-than-current',
      repair: 'sra relabel cloak-key --current 2 --previous 1 --confirm',
    });
  });

  it('names previous without current', () => {
    expect(
      findInconsistency(
        inspection([
          [1, ['previous']],
          [2, []],
        ]),
      )?.code,
    ).toBe('previous-without-current');
  });

  it('names a tested rotation whose pending value is gone', () => {
    const found = findInconsistency(
      inspection([[1, ['current']]], { phase: 'tested', rotationId: 'r', fromVersion: 1 }),
    );

    expect(found).toMatchObject({ code: 'pending-value-missing', repair: 'sra cancel cloak-key' });
  });

  it('names labels moved away from a promoted rotation', () => {
    const found = findInconsistency(
      inspection(
        [
          [1, ['current']],
          [2, ['previous']],
        ],
        { phase: 'awaiting-reencryption', rotationId: 'r', fromVersion: 1, toVersion: 2 },
      ),
    );

    expect(found?.code).toBe('previous-newer-than-current');
  });

  it('accepts previous and current on the same version (promotion under way)', () => {
    const found = findInconsistency(
      inspection(
        [[1, ['current', 'previous']]],
        { phase: 'tested', rotationId: 'r', fromVersion: 1 },
        { version: 1 },
      ),
    );

    expect(found).toBeUndefined();
  });

  it('accepts a consistent promoted rotation', () => {
    const found = findInconsistency(
      inspection(
        [
          [1, ['previous']],
          [2, ['current']],
        ],
        { phase: 'awaiting-reencryption', rotationId: 'r', fromVersion: 1, toVersion: 2 },
      ),
    );

    expect(found).toBeUndefined();
  });
});

describe('relabelCommand', () => {
  it('puts current on the latest and previous on the version the application holds', () => {
    const ins = inspection([
      [3, []],
      [4, ['current']],
      [5, []],
    ]);

    expect(relabelCommand('cloak-key', snapshot(ins))).toBe(
      'sra relabel cloak-key --current 5 --previous 4 --confirm',
    );
  });

  it('omits previous for a parameter with one version', () => {
    const ins = inspection([[1, ['previous']]]);

    expect(relabelCommand('cloak-key', snapshot(ins))).toBe('sra relabel cloak-key --current 1 --confirm');
  });
});
