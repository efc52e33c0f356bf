import { describe, expect, it } from 'vitest';
import { iamPatternCovers, iamResourceArn, RULES } from '../../../shared/parameter-paths/index.ts';
import { thrown } from './fixtures.ts';

const US_EAST_1 = { partition: 'aws', region: 'us-east-1', account: '111122223333' } as const;
const PENDING = 'arn:aws:ssm:us-east-1:111122223333:parameter/qlarius-rotation/cloak-key/pending';

describe('iamResourceArn', () => {
  it('builds a prefix grant with a wildcard', () => {
    // Act
    const arn = iamResourceArn(US_EAST_1, '/qlarius', { wildcard: true });
    // Assess
    expect(arn).toBe('arn:aws:ssm:us-east-1:111122223333:parameter/qlarius/*');
  });

  it('builds an exact grant without wildcard', () => {
    // Act
    const arn = iamResourceArn(US_EAST_1, '/qlarius/cloak-key');
    // Assess
    expect(arn).toBe('arn:aws:ssm:us-east-1:111122223333:parameter/qlarius/cloak-key');
  });

  it('puts * in place of region and account when asked', () => {
    // Act
    const arn = iamResourceArn(US_EAST_1, '/qlarius', { wildcard: true, anyRegion: true, anyAccount: true });
    // Assess
    expect(arn).toBe('arn:aws:ssm:*:*:parameter/qlarius/*');
  });

  it('builds the grant on every parameter from /', () => {
    // Act
    const arn = iamResourceArn(US_EAST_1, '/', { wildcard: true });
    // Assess
    expect(arn).toBe('arn:aws:ssm:us-east-1:111122223333:parameter/*');
  });

  it('refuses / without wildcard', () => {
    // Act
    const error = thrown(() => iamResourceArn(US_EAST_1, '/'));
    // Assess
    expect(error.rule).toBe(RULES.noTrailingSlash);
  });
});

describe('iamPatternCovers', () => {
  it('the app grant covers a secret below the root', () => {
    // Act
    const covers = iamPatternCovers(
      'arn:aws:ssm:*:*:parameter/qlarius/*',
      'arn:aws:ssm:us-east-1:111122223333:parameter/qlarius/twilio/auth-token',
    );
    // Assess
    expect(covers).toBe(true);
  });

  it('the app grant does not cover the pending value in the ops namespace', () => {
    // Act
    const covers = iamPatternCovers('arn:aws:ssm:*:*:parameter/qlarius/*', PENDING);
    // Assess
    expect(covers).toBe(false);
  });

  it('a broad grant parameter/qlarius* covers the pending value', () => {
    // Act
    const covers = iamPatternCovers('arn:aws:ssm:*:*:parameter/qlarius*', PENDING);
    // Assess
    expect(covers).toBe(true);
  });

  it('? matches exactly one character', () => {
    // Act
    const covers = [
      iamPatternCovers(
        'arn:aws:ssm:us-east-?:*:parameter/a',
        'arn:aws:ssm:us-east-1:111122223333:parameter/a',
      ),
      iamPatternCovers(
        'arn:aws:ssm:us-east-?:*:parameter/a',
        'arn:aws:ssm:us-east-12:111122223333:parameter/a',
      ),
    ];
    // Assess
    expect(covers).toEqual([true, false]);
  });

  it('is case-sensitive', () => {
    // Act
    const covers = iamPatternCovers(
      'arn:aws:ssm:*:*:parameter/Qlarius/*',
      'arn:aws:ssm:us-east-1:111122223333:parameter/qlarius/cloak-key',
    );
    // Assess
    expect(covers).toBe(false);
  });

  it('a grant in another account does not cover', () => {
    // Act
    const covers = iamPatternCovers('arn:aws:ssm:*:444455556666:parameter/*', PENDING);
    // Assess
    expect(covers).toBe(false);
  });
});
