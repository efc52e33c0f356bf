/**
 * Case C-13 "Names in every form" of ../shared/cases.md, with the reference deployment
 * (root /qlarius, account 111122223333, region us-east-1).
 */
import { describe, expect, it } from 'vitest';
import {
  createPathLayout,
  parameterArnsInText,
  resolveNames,
  resolveReference,
  sameParameter,
  secretsCoveredByPath,
} from '../../../shared/parameter-paths/index.ts';
import { ALL_SECRET_IDS, REFERENCE_SETTINGS } from './fixtures.ts';

const layout = createPathLayout(REFERENCE_SETTINGS);

describe('C-13 names in every form', () => {
  it('a single-level name is the same parameter with or without its leading slash', () => {
    // Act
    const same = sameParameter('/cloak-key', 'cloak-key');
    // Assess
    expect(same).toBe(true);
  });

  it('the ARN arn:aws:ssm:us-east-1:111122223333:parameter/qlarius/cloak-key means /qlarius/cloak-key', () => {
    // Act
    const resolution = resolveReference(
      layout,
      'arn:aws:ssm:us-east-1:111122223333:parameter/qlarius/cloak-key',
    );
    // Assess
    expect(resolution).toEqual({ kind: 'secret', secretId: 'cloak-key', name: '/qlarius/cloak-key' });
  });

  it('/qlarius/cloak-key:previous is the cloak key with a label', () => {
    // Act
    const resolution = resolveReference(layout, '/qlarius/cloak-key:previous');
    // Assess
    expect(resolution).toEqual({
      kind: 'secret',
      secretId: 'cloak-key',
      name: '/qlarius/cloak-key',
      selector: { kind: 'label', label: 'previous' },
    });
  });

  it('/qlarius/cloak-key:7 is the cloak key with a version', () => {
    // Act
    const resolution = resolveReference(layout, '/qlarius/cloak-key:7');
    // Assess
    expect(resolution).toEqual({
      kind: 'secret',
      secretId: 'cloak-key',
      name: '/qlarius/cloak-key',
      selector: { kind: 'version', version: 7 },
    });
  });

  it('names: [...] with 10 entries maps each to its secret or to none', () => {
    // Prepare
    const names = [
      '/qlarius/cloak-key',
      'arn:aws:ssm:us-east-1:111122223333:parameter/qlarius/twilio/auth-token',
      '/qlarius/twilio/account-sid:current',
      '/qlarius/twilio/verify-service-sid:3',
      '/qlarius-other/x',
      '/qlarius/cloak-key-backup',
      'cloak-key',
      '/qlarius-rotation/cloak-key/pending',
      '/qlarius/twilio',
      'arn:aws:ssm:us-east-1:444455556666:parameter/qlarius/cloak-key',
    ];
    // Act
    const mapped = resolveNames(layout, names).map((r) =>
      r.ok && r.resolution.kind !== 'other' ? `${r.resolution.kind}:${r.resolution.secretId}` : 'none',
    );
    // Assess
    expect(mapped).toEqual([
      'secret:cloak-key',
      'secret:twilio-auth-token',
      'secret:twilio-account-sid',
      'secret:twilio-verify-service-sid',
      'none',
      'none',
      'none',
      'pending:cloak-key',
      'none',
      'none',
    ]);
  });

  it('path "/" with recursive: true covers every secret', () => {
    // Act
    const coverage = secretsCoveredByPath(layout, '/', true);
    // Assess
    expect(coverage.secretIds).toEqual([...ALL_SECRET_IDS]);
  });

  it('path "/qlarius/twilio" without recursive covers /qlarius/twilio/auth-token but not a deeper level', () => {
    // Prepare
    const deeper = { id: 'twilio-eu-auth-token', path: 'twilio/eu/auth-token', strategy: 'none' as const };
    const withDeeper = createPathLayout({
      ...REFERENCE_SETTINGS,
      catalog: [...REFERENCE_SETTINGS.catalog, deeper],
    });
    // Act
    const coverage = secretsCoveredByPath(withDeeper, '/qlarius/twilio', false);
    // Assess
    expect(coverage.secretIds).toContain('twilio-auth-token');
    expect(coverage.secretIds).not.toContain('twilio-eu-auth-token');
  });

  it('in a failed call the name is only inside the ARN in errorMessage', () => {
    // Prepare
    const errorMessage =
      'User: arn:aws:iam::111122223333:user/bob is not authorized to perform: ssm:GetParameter on resource: arn:aws:ssm:us-east-1:111122223333:parameter/qlarius/cloak-key because no identity-based policy allows the ssm:GetParameter action';
    // Act
    const resolutions = parameterArnsInText(errorMessage).map((arn) => resolveReference(layout, arn));
    // Assess
    expect(resolutions).toEqual([{ kind: 'secret', secretId: 'cloak-key', name: '/qlarius/cloak-key' }]);
  });

  it('/qlarius-other/x is not /qlarius/cloak-key', () => {
    // Act
    const resolution = resolveReference(layout, '/qlarius-other/x');
    // Assess
    expect(resolution).toEqual({ kind: 'other', name: '/qlarius-other/x' });
  });

  it('/qlarius/cloak-key-backup is not /qlarius/cloak-key', () => {
    // Act
    const resolution = resolveReference(layout, '/qlarius/cloak-key-backup');
    // Assess
    expect(resolution).toEqual({ kind: 'other', name: '/qlarius/cloak-key-backup' });
  });

  it('a recursive read of /qlarius-other covers no secret', () => {
    // Act
    const coverage = secretsCoveredByPath(layout, '/qlarius-other', true);
    // Assess
    expect(coverage).toEqual({ secretIds: [], pendingSecretIds: [] });
  });
});
