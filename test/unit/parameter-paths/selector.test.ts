import { describe, expect, it } from 'vitest';
import {
  formatReference,
  ParameterLabelError,
  ParameterSelectorError,
  parseReference,
  RULES,
} from '../../../shared/parameter-paths/index.ts';
import { thrown } from './fixtures.ts';

describe('parseReference', () => {
  it('parses a plain name', () => {
    // Act
    const ref = parseReference('/qlarius/cloak-key');
    // Assess
    expect(ref).toEqual({ name: '/qlarius/cloak-key' });
  });

  it('parses a label selector', () => {
    // Act
    const ref = parseReference('/qlarius/cloak-key:previous');
    // Assess
    expect(ref).toEqual({ name: '/qlarius/cloak-key', selector: { kind: 'label', label: 'previous' } });
  });

  it('parses a version selector', () => {
    // Act
    const ref = parseReference('/qlarius/cloak-key:7');
    // Assess
    expect(ref).toEqual({ name: '/qlarius/cloak-key', selector: { kind: 'version', version: 7 } });
  });

  it('parses a single-level name with leading slash to the canonical form', () => {
    // Act
    const ref = parseReference('/cloak-key:current');
    // Assess
    expect(ref).toEqual({ name: 'cloak-key', selector: { kind: 'label', label: 'current' } });
  });

  it('parses an ARN with a selector after the parameter part', () => {
    // Act
    const ref = parseReference('arn:aws:ssm:us-east-1:111122223333:parameter/qlarius/cloak-key:3');
    // Assess
    expect(ref).toEqual({
      name: '/qlarius/cloak-key',
      selector: { kind: 'version', version: 3 },
      arn: { partition: 'aws', region: 'us-east-1', account: '111122223333' },
    });
  });

  it('parses an ARN without selector', () => {
    // Act
    const ref = parseReference('arn:aws:ssm:eu-west-1:444455556666:parameter/ExampleParameter');
    // Assess
    expect(ref).toEqual({
      name: 'ExampleParameter',
      arn: { partition: 'aws', region: 'eu-west-1', account: '444455556666' },
    });
  });

  it('refuses version 0 (rule version-positive-integer)', () => {
    // Act
    const error = thrown(() => parseReference('/qlarius/cloak-key:0'));
    // Assess
    expect(error).toBeInstanceOf(ParameterSelectorError);
    expect(error.rule).toBe(RULES.versionPositiveInteger);
    expect(error.message).toBe(
      'parameter reference "/qlarius/cloak-key:0" is invalid: version "0" is not a positive whole number (rule: version-positive-integer)',
    );
  });

  it('refuses a version with a leading zero', () => {
    // Act
    const error = thrown(() => parseReference('/a/b:07'));
    // Assess
    expect(error.rule).toBe(RULES.versionPositiveInteger);
  });

  it('refuses a selector starting with a digit that is not a number', () => {
    // Act
    const error = thrown(() => parseReference('/a/b:7a'));
    // Assess
    expect(error.rule).toBe(RULES.versionPositiveInteger);
  });

  it('refuses an empty selector (rule selector-not-empty)', () => {
    // Act
    const error = thrown(() => parseReference('/a/b:'));
    // Assess
    expect(error.rule).toBe(RULES.selectorEmpty);
    expect(error.message).toBe(
      'parameter reference "/a/b:" is invalid: the selector after ":" is empty (rule: selector-not-empty)',
    );
  });

  it('refuses two selectors (rule selector-single-colon)', () => {
    // Act
    const error = thrown(() => parseReference('/a/b:current:3'));
    // Assess
    expect(error.rule).toBe(RULES.selectorSingleColon);
  });

  it('refuses an invalid label selector with ParameterLabelError', () => {
    // Act
    const error = thrown(() => parseReference('/a/b:awsLabel'));
    // Assess
    expect(error).toBeInstanceOf(ParameterLabelError);
    expect(error.rule).toBe(RULES.labelReservedPrefix);
  });
});

describe('formatReference', () => {
  it('formats a name alone in canonical form', () => {
    // Act
    const text = formatReference('/cloak-key');
    // Assess
    expect(text).toBe('cloak-key');
  });

  it('formats a label selector', () => {
    // Act
    const text = formatReference('/qlarius/cloak-key', { kind: 'label', label: 'previous' });
    // Assess
    expect(text).toBe('/qlarius/cloak-key:previous');
  });

  it('formats a version selector', () => {
    // Act
    const text = formatReference('/qlarius/cloak-key', { kind: 'version', version: 12 });
    // Assess
    expect(text).toBe('/qlarius/cloak-key:12');
  });

  it('refuses a negative version', () => {
    // Act
    const error = thrown(() => formatReference('/a/b', { kind: 'version', version: -1 }));
    // Assess
    expect(error.rule).toBe(RULES.versionPositiveInteger);
    expect(error.message).toBe(
      'parameter reference "/a/b:-1" is invalid: version "-1" is not a positive whole number (rule: version-positive-integer)',
    );
  });
});
