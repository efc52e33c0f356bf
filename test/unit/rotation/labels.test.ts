import { describe, expect, it } from 'vitest';
import {
  findDrift,
  needsAdoption,
  oldestLabel,
  oldestLabelRemedy,
} from '../../../shared/rotation/checks/labels.ts';
import { inspection, snapshot } from './fixtures.ts';

const hundred = (oldestLabels: string[]) =>
  inspection(
    Array.from({ length: 100 }, (_, i): [number, string[]] => [
      i + 1,
      i === 0 ? oldestLabels : i === 99 ? ['current'] : [],
    ]),
  );

describe('oldestLabel (C-01)', () => {
  it('blocks at 100 versions when the oldest carries a label', () => {
    expect(oldestLabel(snapshot(hundred(['release-1'])))).toEqual({
      version: 1,
      labels: ['release-1'],
      blocking: true,
    });
  });

  it('does not block at 100 versions when the oldest carries none', () => {
    expect(oldestLabel(snapshot(hundred([])))).toBeUndefined();
  });

  it('warns below the limit about a foreign label only', () => {
    const ins = inspection([
      [1, ['previous', 'pinned']],
      [2, ['current']],
    ]);

    expect(oldestLabel(snapshot(ins))).toEqual({ version: 1, labels: ['pinned'], blocking: false });
  });

  it('says how to move the label', () => {
    const remedy = oldestLabelRemedy('/app/t', { version: 1, labels: ['blue'], blocking: true });

    expect(remedy).toBe(
      'move the label off version 1, e.g. aws ssm unlabel-parameter-version --name /app/t --parameter-version 1 --labels blue (or label a newer version with it), then rotate again',
    );
  });
});

describe('findDrift', () => {
  it('finds a latest version newer than current', () => {
    expect(
      findDrift(
        inspection([
          [1, ['current']],
          [2, []],
        ]),
      ),
    ).toEqual({ latest: 2, current: 1 });
  });

  it('is not drift when the latest holds a tested rotation pending value (C-05)', () => {
    const ins = inspection(
      [
        [1, ['current'], 'old'],
        [2, [], 'new'],
      ],
      { phase: 'tested', rotationId: 'r', fromVersion: 1 },
      { version: 1, value: 'new' },
    );

    expect(findDrift(ins)).toBeUndefined();
  });

  it('is drift when the latest holds another value during a rotation', () => {
    const ins = inspection(
      [
        [1, ['current'], 'old'],
        [2, [], 'other'],
      ],
      { phase: 'tested', rotationId: 'r', fromVersion: 1 },
      { version: 1, value: 'new' },
    );

    expect(findDrift(ins)).toEqual({ latest: 2, current: 1 });
  });
});

describe('needsAdoption', () => {
  it('is true for a parameter without labels', () => {
    expect(
      needsAdoption(
        inspection([
          [1, []],
          [2, []],
        ]),
      ),
    ).toBe(true);
  });

  it('is false once current exists', () => {
    expect(needsAdoption(inspection([[1, ['current']]]))).toBe(false);
  });
});
