import { describe, expect, it } from 'vitest';
import {
  ParameterNameError,
  parameterKey,
  RULES,
  sameParameter,
} from '../../../shared/parameter-paths/index.ts';
import { thrown } from './fixtures.ts';

describe('sameParameter', () => {
  it('treats a single-level name with and without leading slash as one', () => {
    // Act
    const same = sameParameter('/cloak-key', 'cloak-key');
    // Assess
    expect(same).toBe(true);
  });

  it('tells a hierarchical name from a longer sibling', () => {
    // Act
    const same = sameParameter('/qlarius/cloak-key', '/qlarius/cloak-key-backup');
    // Assess
    expect(same).toBe(false);
  });

  it('is case-sensitive', () => {
    // Act
    const same = sameParameter('/qlarius/Cloak-Key', '/qlarius/cloak-key');
    // Assess
    expect(same).toBe(false);
  });

  it('is false for an invalid name instead of throwing', () => {
    // Act
    const same = sameParameter('/a//b', '/a//b');
    // Assess
    expect(same).toBe(false);
  });
});

describe('parameterKey', () => {
  it('is the canonical name', () => {
    // Act
    const keys = [parameterKey('/cloak-key'), parameterKey('/qlarius/cloak-key')];
    // Assess
    expect(keys).toEqual(['cloak-key', '/qlarius/cloak-key']);
  });

  it('throws ParameterNameError for a selector form', () => {
    // Act
    const error = thrown(() => parameterKey('/qlarius/cloak-key:previous'));
    // Assess
    expect(error).toBeInstanceOf(ParameterNameError);
    expect(error.rule).toBe(RULES.allowedCharacters);
  });
});
