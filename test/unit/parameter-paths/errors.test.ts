import { describe, expect, it } from 'vitest';
import {
  ParameterArnError,
  ParameterLabelError,
  ParameterNameError,
  ParameterPathError,
  ParameterSelectorError,
  PathLayoutError,
  RULES,
  validateName,
} from '../../../shared/parameter-paths/index.ts';
import { thrown } from './fixtures.ts';

describe('ParameterPathError', () => {
  it('is the general class of every specific error', () => {
    // Prepare
    const specific = [
      new ParameterNameError(RULES.noSpaces, 'm'),
      new ParameterLabelError(RULES.labelLength, 'm'),
      new ParameterSelectorError(RULES.selectorEmpty, 'm'),
      new ParameterArnError(RULES.arnFormat, 'm'),
      new PathLayoutError(RULES.absolutePath, 'm'),
    ];
    // Act
    const general = specific.map((e) => e instanceof ParameterPathError && e instanceof Error);
    // Assess
    expect(general).toEqual([true, true, true, true, true]);
  });

  it('carries its class name, rule and cause', () => {
    // Prepare
    const cause = new Error('underlying');
    // Act
    const error = new PathLayoutError(RULES.stageSegment, 'stage is bad', { cause });
    // Assess
    expect([error.name, error.rule, error.message, error.cause]).toEqual([
      'PathLayoutError',
      'stage-single-segment',
      'stage is bad',
      cause,
    ]);
  });

  it('a thrown name error names its class', () => {
    // Act
    const error = thrown(() => validateName('/a b'));
    // Assess
    expect(error.name).toBe('ParameterNameError');
  });
});
