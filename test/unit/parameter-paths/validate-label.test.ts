import { describe, expect, it } from 'vitest';
import {
  checkLabel,
  ParameterLabelError,
  RULES,
  validateLabel,
} from '../../../shared/parameter-paths/index.ts';
import { thrown } from './fixtures.ts';

describe('validateLabel', () => {
  it('accepts rel.2024-01', () => {
    // Act
    const result = validateLabel('rel.2024-01');
    // Assess
    expect(result).toBe('rel.2024-01');
  });

  it('accepts the owned labels current and previous', () => {
    // Act
    const result = [validateLabel('current'), validateLabel('previous')];
    // Assess
    expect(result).toEqual(['current', 'previous']);
  });

  it('accepts 100 characters', () => {
    // Act
    const result = validateLabel('x'.repeat(100));
    // Assess
    expect(result).toHaveLength(100);
  });

  it('refuses 5: starts with a digit (rule label-leading-digit)', () => {
    // Act
    const error = thrown(() => validateLabel('5'));
    // Assess
    expect(error).toBeInstanceOf(ParameterLabelError);
    expect(error.rule).toBe(RULES.labelLeadingDigit);
    expect(error.message).toBe(
      'parameter label "5" is invalid: starts with a digit (rule: label-leading-digit)',
    );
  });

  it('refuses awsProd: reserved prefix (rule label-reserved-prefix)', () => {
    // Act
    const error = thrown(() => validateLabel('awsProd'));
    // Assess
    expect(error.rule).toBe(RULES.labelReservedPrefix);
    expect(error.message).toBe(
      'parameter label "awsProd" is invalid: begins with "aws"; no label may begin with aws or ssm in any case (rule: label-reserved-prefix)',
    );
  });

  it('refuses SSM-x: reserved prefix in upper case', () => {
    // Act
    const error = thrown(() => validateLabel('SSM-x'));
    // Assess
    expect(error.rule).toBe(RULES.labelReservedPrefix);
    expect(error.message).toContain('begins with "SSM"');
  });

  it('refuses an empty label (rule label-length)', () => {
    // Act
    const error = thrown(() => validateLabel(''));
    // Assess
    expect(error.rule).toBe(RULES.labelLength);
    expect(error.message).toBe(
      'parameter label "" is invalid: is 0 characters long; a label has 1 to 100 (rule: label-length)',
    );
  });

  it('refuses 101 characters (rule label-length)', () => {
    // Act
    const error = thrown(() => validateLabel('x'.repeat(101)));
    // Assess
    expect(error.rule).toBe(RULES.labelLength);
  });

  it('refuses a slash (rule label-characters)', () => {
    // Act
    const error = thrown(() => validateLabel('rel/1'));
    // Assess
    expect(error.rule).toBe(RULES.labelCharacters);
    expect(error.message).toBe(
      'parameter label "rel/1" is invalid: may contain only letters, digits and _ . - (rule: label-characters)',
    );
  });
});

describe('checkLabel', () => {
  it('returns ok with the label', () => {
    // Act
    const result = checkLabel('previous');
    // Assess
    expect(result).toEqual({ ok: true, label: 'previous' });
  });

  it('returns the rule and message without throwing', () => {
    // Act
    const result = checkLabel('5');
    // Assess
    expect(result).toEqual({
      ok: false,
      rule: RULES.labelLeadingDigit,
      message: 'parameter label "5" is invalid: starts with a digit (rule: label-leading-digit)',
    });
  });
});
