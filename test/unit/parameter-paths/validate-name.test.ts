import { describe, expect, it } from 'vitest';
import {
  checkName,
  LIMITS,
  ParameterNameError,
  RULES,
  validateName,
} from '../../../shared/parameter-paths/index.ts';
import { thrown } from './fixtures.ts';

const US_EAST_1 = { partition: 'aws', region: 'us-east-1', account: '111122223333' } as const;

describe('validateName', () => {
  it('returns a hierarchical name unchanged', () => {
    // Prepare
    const name = '/qlarius/twilio/auth-token';
    // Act
    const result = validateName(name);
    // Assess
    expect(result).toBe('/qlarius/twilio/auth-token');
  });

  it('returns a single-level name without its leading slash (the canonical form)', () => {
    // Act
    const result = validateName('/cloak-key');
    // Assess
    expect(result).toBe('cloak-key');
  });

  it('accepts every allowed character a-zA-Z0-9_.-/', () => {
    // Act
    const result = validateName('/Az09_.-/x');
    // Assess
    expect(result).toBe('/Az09_.-/x');
  });

  it('refuses an empty name (rule not-empty)', () => {
    // Act
    const error = thrown(() => validateName(''));
    // Assess
    expect(error).toBeInstanceOf(ParameterNameError);
    expect(error.rule).toBe(RULES.nameEmpty);
    expect(error.message).toBe('parameter name "" is invalid: is empty (rule: not-empty)');
  });

  it('refuses a space as its own rule (rule no-spaces)', () => {
    // Act
    const error = thrown(() => validateName('/a b'));
    // Assess
    expect(error.rule).toBe(RULES.noSpaces);
    expect(error.message).toBe('parameter name "/a b" is invalid: contains a space (rule: no-spaces)');
  });

  it('refuses a character outside a-zA-Z0-9_.-/ (rule allowed-characters)', () => {
    // Act
    const error = thrown(() => validateName('/qlarius/cloak#key'));
    // Assess
    expect(error.rule).toBe(RULES.allowedCharacters);
    expect(error.message).toBe(
      'parameter name "/qlarius/cloak#key" is invalid: contains "#"; only letters, digits and _ . - / are allowed (rule: allowed-characters)',
    );
  });

  it('refuses a hierarchical name without leading slash (rule hierarchical-leading-slash)', () => {
    // Act
    const error = thrown(() => validateName('qlarius/cloak-key'));
    // Assess
    expect(error.rule).toBe(RULES.hierarchicalLeadingSlash);
    expect(error.message).toBe(
      'parameter name "qlarius/cloak-key" is invalid: contains "/" but does not start with "/" (a hierarchical name starts with a slash) (rule: hierarchical-leading-slash)',
    );
  });

  it('refuses a trailing slash (rule no-trailing-slash)', () => {
    // Act
    const error = thrown(() => validateName('/qlarius/'));
    // Assess
    expect(error.rule).toBe(RULES.noTrailingSlash);
    expect(error.message).toBe(
      'parameter name "/qlarius/" is invalid: ends with "/" (rule: no-trailing-slash)',
    );
  });

  it('refuses an empty segment (rule no-empty-segments)', () => {
    // Act
    const error = thrown(() => validateName('/qlarius//cloak-key'));
    // Assess
    expect(error.rule).toBe(RULES.noEmptySegments);
    expect(error.message).toBe(
      'parameter name "/qlarius//cloak-key" is invalid: contains an empty segment ("//") (rule: no-empty-segments)',
    );
  });

  it('accepts 15 levels', () => {
    // Prepare
    const name = '/l1/l2/l3/l4/l5/l6/l7/l8/l9/l10/l11/l12/l13/l14/l15';
    // Act
    const result = validateName(name);
    // Assess
    expect(result).toBe(name);
  });

  it('refuses 16 levels (rule max-depth)', () => {
    // Act
    const error = thrown(() => validateName('/l1/l2/l3/l4/l5/l6/l7/l8/l9/l10/l11/l12/l13/l14/l15/l16'));
    // Assess
    expect(error.rule).toBe(RULES.maxDepth);
    expect(error.message).toBe(
      'parameter name "/l1/l2/l3/l4/l5/l6/l7/l8/l9/l10/l11/l12/l13/l14/l15/l16" is invalid: has 16 levels; the limit is 15 (rule: max-depth)',
    );
  });

  it('refuses the reserved prefix aws as a first segment (rule reserved-prefix)', () => {
    // Act
    const error = thrown(() => validateName('/aws/x'));
    // Assess
    expect(error.rule).toBe(RULES.reservedPrefix);
    expect(error.message).toBe(
      'parameter name "/aws/x" is invalid: begins with "aws"; no name may begin with aws or ssm in any case (rule: reserved-prefix)',
    );
  });

  it('refuses the reserved prefix ssm in any case', () => {
    // Act
    const error = thrown(() => validateName('/SSM-foo/x'));
    // Assess
    expect(error.rule).toBe(RULES.reservedPrefix);
    expect(error.message).toContain('begins with "SSM"');
  });

  it('refuses a single-level name beginning with aws in mixed case', () => {
    // Act
    const error = thrown(() => validateName('awsTestParameter'));
    // Assess
    expect(error.rule).toBe(RULES.reservedPrefix);
  });

  it('accepts aws or ssm in a later segment', () => {
    // Act
    const result = validateName('/qlarius/aws/ssm');
    // Assess
    expect(result).toBe('/qlarius/aws/ssm');
  });

  it('accepts a reserved prefix when the purpose is read (AWS public parameters)', () => {
    // Act
    const result = validateName('/aws/service/global-infrastructure/regions', { purpose: 'read' });
    // Assess
    expect(result).toBe('/aws/service/global-infrastructure/regions');
  });

  it('strips surrounding spaces when the purpose is read, as the service does', () => {
    // Act
    const result = validateName('  /qlarius/cloak-key ', { purpose: 'read' });
    // Assess
    expect(result).toBe('/qlarius/cloak-key');
  });

  it(`accepts ${LIMITS.maxNameLength} characters without an ARN context`, () => {
    // Prepare
    const name = `/q/${'a'.repeat(1008)}`;
    // Act
    const result = validateName(name);
    // Assess
    expect(result).toHaveLength(1011);
  });

  it('refuses 1012 characters (rule max-length)', () => {
    // Act
    const error = thrown(() => validateName(`/q/${'a'.repeat(1009)}`));
    // Assess
    expect(error.rule).toBe(RULES.nameTooLong);
    expect(error.message).toMatch(
      /is invalid: is 1012 characters long; the limit is 1011 \(rule: max-length\)$/,
    );
  });

  it('counts the ARN prefix toward 1011 characters when given an ARN context', () => {
    // Prepare: 45 characters of prefix, so 967 characters of name is one too many
    const name = `/q/${'a'.repeat(964)}`;
    // Act
    const error = thrown(() => validateName(name, { arn: US_EAST_1 }));
    // Assess
    expect(error.rule).toBe(RULES.nameTooLong);
    expect(error.message).toMatch(
      /counts 1012 characters with the ARN prefix "arn:aws:ssm:us-east-1:111122223333:parameter\/"; the limit is 1011 \(rule: max-length\)$/,
    );
  });

  it('accepts a name that fits 1011 characters with the ARN prefix', () => {
    // Prepare
    const name = `/q/${'a'.repeat(963)}`;
    // Act
    const result = validateName(name, { arn: US_EAST_1 });
    // Assess
    expect(result).toHaveLength(966);
  });

  it('cuts a very long name in the message', () => {
    // Act
    const error = thrown(() => validateName(`/${'b'.repeat(3000)}`));
    // Assess
    expect(error.message).toContain(`"/${'b'.repeat(199)}…"`);
  });
});

describe('checkName', () => {
  it('returns ok with the canonical name', () => {
    // Act
    const result = checkName('/cloak-key');
    // Assess
    expect(result).toEqual({ ok: true, name: 'cloak-key' });
  });

  it('returns the rule and message without throwing', () => {
    // Act
    const result = checkName('/a b');
    // Assess
    expect(result).toEqual({
      ok: false,
      rule: RULES.noSpaces,
      message: 'parameter name "/a b" is invalid: contains a space (rule: no-spaces)',
    });
  });
});
