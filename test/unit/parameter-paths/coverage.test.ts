import { describe, expect, it } from 'vitest';
import {
  createPathLayout,
  RULES,
  secretsCoveredByPath,
  secretsCoveredByPattern,
} from '../../../shared/parameter-paths/index.ts';
import { ALL_SECRET_IDS, REFERENCE_SETTINGS, ROTATED_SECRET_IDS, thrown } from './fixtures.ts';

const layout = createPathLayout(REFERENCE_SETTINGS);
const TWILIO = ['twilio-auth-token', 'twilio-account-sid', 'twilio-verify-service-sid'];

describe('secretsCoveredByPath', () => {
  it('/ recursive covers every secret and the pending value of every rotated one', () => {
    // Act
    const coverage = secretsCoveredByPath(layout, '/', true);
    // Assess
    expect(coverage).toEqual({ secretIds: [...ALL_SECRET_IDS], pendingSecretIds: [...ROTATED_SECRET_IDS] });
  });

  it('/ without recursive covers nothing managed (all are deeper)', () => {
    // Act
    const coverage = secretsCoveredByPath(layout, '/', false);
    // Assess
    expect(coverage).toEqual({ secretIds: [], pendingSecretIds: [] });
  });

  it('/qlarius recursive covers every secret but no pending value', () => {
    // Act
    const coverage = secretsCoveredByPath(layout, '/qlarius', true);
    // Assess
    expect(coverage).toEqual({ secretIds: [...ALL_SECRET_IDS], pendingSecretIds: [] });
  });

  it('/qlarius without recursive covers only the direct child', () => {
    // Act
    const coverage = secretsCoveredByPath(layout, '/qlarius', false);
    // Assess
    expect(coverage).toEqual({ secretIds: ['cloak-key'], pendingSecretIds: [] });
  });

  it('/qlarius/twilio without recursive covers the Twilio secrets', () => {
    // Act
    const coverage = secretsCoveredByPath(layout, '/qlarius/twilio', false);
    // Assess
    expect(coverage).toEqual({ secretIds: TWILIO, pendingSecretIds: [] });
  });

  it('accepts a trailing slash as in denial messages', () => {
    // Act
    const coverage = secretsCoveredByPath(layout, '/qlarius/twilio/', false);
    // Assess
    expect(coverage).toEqual({ secretIds: TWILIO, pendingSecretIds: [] });
  });

  it('respects segments: /qlar covers nothing', () => {
    // Act
    const coverage = secretsCoveredByPath(layout, '/qlar', true);
    // Assess
    expect(coverage).toEqual({ secretIds: [], pendingSecretIds: [] });
  });

  it('the name itself is not below its own path', () => {
    // Act
    const coverage = secretsCoveredByPath(layout, '/qlarius/cloak-key', true);
    // Assess
    expect(coverage).toEqual({ secretIds: [], pendingSecretIds: [] });
  });

  it('the ops root recursive covers the pending values', () => {
    // Act
    const coverage = secretsCoveredByPath(layout, '/qlarius-rotation', true);
    // Assess
    expect(coverage).toEqual({ secretIds: [], pendingSecretIds: [...ROTATED_SECRET_IDS] });
  });

  it('accepts the path ARN of a denial message', () => {
    // Act
    const coverage = secretsCoveredByPath(
      layout,
      'arn:aws:ssm:us-east-1:111122223333:parameter/qlarius/',
      true,
    );
    // Assess
    expect(coverage).toEqual({ secretIds: [...ALL_SECRET_IDS], pendingSecretIds: [] });
  });

  it('a path ARN of another account covers nothing', () => {
    // Act
    const coverage = secretsCoveredByPath(
      layout,
      'arn:aws:ssm:us-east-1:444455556666:parameter/qlarius/',
      true,
    );
    // Assess
    expect(coverage).toEqual({ secretIds: [], pendingSecretIds: [] });
  });

  it('reads a path without leading slash as if it had one', () => {
    // Act
    const coverage = secretsCoveredByPath(layout, 'qlarius', false);
    // Assess
    expect(coverage).toEqual({ secretIds: ['cloak-key'], pendingSecretIds: [] });
  });

  it('refuses a path with an empty segment', () => {
    // Act
    const error = thrown(() => secretsCoveredByPath(layout, '/qlarius//twilio', true));
    // Assess
    expect(error.rule).toBe(RULES.noEmptySegments);
    expect(error.message).toBe(
      'parameter path "/qlarius//twilio" is invalid: contains an empty segment ("//") (rule: no-empty-segments)',
    );
  });
});

describe('secretsCoveredByPattern', () => {
  it('the app grant covers the secrets and no pending value', () => {
    // Act
    const coverage = secretsCoveredByPattern(layout, 'arn:aws:ssm:*:*:parameter/qlarius/*');
    // Assess
    expect(coverage).toEqual({ secretIds: [...ALL_SECRET_IDS], pendingSecretIds: [] });
  });

  it('a broad grant parameter/qlarius* covers the pending values too', () => {
    // Act
    const coverage = secretsCoveredByPattern(layout, 'arn:aws:ssm:*:*:parameter/qlarius*');
    // Assess
    expect(coverage).toEqual({ secretIds: [...ALL_SECRET_IDS], pendingSecretIds: [...ROTATED_SECRET_IDS] });
  });
});
