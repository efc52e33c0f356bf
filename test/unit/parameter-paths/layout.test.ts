import { describe, expect, it } from 'vitest';
import {
  createPathLayout,
  ParameterPathError,
  type PathSettings,
  RULES,
} from '../../../shared/parameter-paths/index.ts';
import { REFERENCE_SETTINGS, thrown } from './fixtures.ts';

const withStage: PathSettings = { ...REFERENCE_SETTINGS, stage: 'prod' };

describe('createPathLayout without a stage', () => {
  const layout = createPathLayout(REFERENCE_SETTINGS);

  it('lists the secret ids in catalog order', () => {
    // Act
    const ids = layout.secretIds();
    // Assess
    expect(ids).toEqual([
      'cloak-key',
      'twilio-auth-token',
      'twilio-account-sid',
      'twilio-verify-service-sid',
    ]);
  });

  it('builds the canonical name <root>/<path>', () => {
    // Act
    const name = layout.canonicalName('twilio-auth-token');
    // Assess
    expect(name).toBe('/qlarius/twilio/auth-token');
  });

  it('builds the pending name <opsRoot>/<id>/pending', () => {
    // Act
    const name = layout.pendingName('twilio-auth-token');
    // Assess
    expect(name).toBe('/qlarius-rotation/twilio-auth-token/pending');
  });

  it('builds the canonical ARN', () => {
    // Act
    const arn = layout.canonicalArn('cloak-key');
    // Assess
    expect(arn).toBe('arn:aws:ssm:us-east-1:111122223333:parameter/qlarius/cloak-key');
  });

  it('builds the pending ARN', () => {
    // Act
    const arn = layout.pendingArn('cloak-key');
    // Assess
    expect(arn).toBe('arn:aws:ssm:us-east-1:111122223333:parameter/qlarius-rotation/cloak-key/pending');
  });

  it('gives the app and ops prefixes', () => {
    // Act
    const prefixes = [layout.appPrefix(), layout.opsPrefix()];
    // Assess
    expect(prefixes).toEqual(['/qlarius', '/qlarius-rotation']);
  });

  it('builds the IAM resource of the app prefix', () => {
    // Act
    const arn = layout.iamResource(layout.appPrefix(), { wildcard: true });
    // Assess
    expect(arn).toBe('arn:aws:ssm:us-east-1:111122223333:parameter/qlarius/*');
  });

  it('returns the catalog entry of an id', () => {
    // Act
    const entry = layout.entry('twilio-auth-token');
    // Assess
    expect(entry).toEqual({
      id: 'twilio-auth-token',
      path: 'twilio/auth-token',
      strategy: 'twilio-auth-token',
    });
  });

  it('refuses an unknown id with the known ids', () => {
    // Act
    const error = thrown(() => layout.canonicalName('twilio'));
    // Assess
    expect(error).toBeInstanceOf(ParameterPathError);
    expect(error.rule).toBe(RULES.unknownSecretId);
    expect(error.message).toBe(
      'unknown secret id "twilio"; known ids: cloak-key, twilio-auth-token, twilio-account-sid, twilio-verify-service-sid (rule: known-secret-id)',
    );
  });
});

describe('createPathLayout with a stage', () => {
  const layout = createPathLayout(withStage);

  it('puts the stage after the root', () => {
    // Act
    const name = layout.canonicalName('cloak-key');
    // Assess
    expect(name).toBe('/qlarius/prod/cloak-key');
  });

  it('puts the stage after the ops root', () => {
    // Act
    const name = layout.pendingName('cloak-key');
    // Assess
    expect(name).toBe('/qlarius-rotation/prod/cloak-key/pending');
  });

  it('gives the staged prefixes', () => {
    // Act
    const prefixes = [layout.appPrefix(), layout.opsPrefix()];
    // Assess
    expect(prefixes).toEqual(['/qlarius/prod', '/qlarius-rotation/prod']);
  });

  it('builds the staged pending ARN', () => {
    // Act
    const arn = layout.pendingArn('twilio-auth-token');
    // Assess
    expect(arn).toBe(
      'arn:aws:ssm:us-east-1:111122223333:parameter/qlarius-rotation/prod/twilio-auth-token/pending',
    );
  });
});

describe('createPathLayout pending values', () => {
  it('refuses the pending name of an entry without a strategy, naming the rule', () => {
    const layout = createPathLayout(REFERENCE_SETTINGS);

    const error = thrown(() => layout.pendingName('twilio-account-sid'));

    expect(error.rule).toBe('has-pending-value');
    expect(error.message).toBe(
      'secret "twilio-account-sid" has no rotation strategy, so it has no pending value (rule: has-pending-value)',
    );
  });
});
