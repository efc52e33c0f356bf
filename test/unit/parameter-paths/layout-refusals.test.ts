import { describe, expect, it } from 'vitest';
import { createPathLayout, PathLayoutError, RULES } from '../../../shared/parameter-paths/index.ts';
import { REFERENCE_SETTINGS, thrown } from './fixtures.ts';

describe('createPathLayout refusals', () => {
  it('refuses an ops root under the root', () => {
    // Act
    const error = thrown(() => createPathLayout({ ...REFERENCE_SETTINGS, opsRoot: '/qlarius/rotation' }));
    // Assess
    expect(error).toBeInstanceOf(PathLayoutError);
    expect(error.rule).toBe(RULES.opsRootOutsideRoot);
    expect(error.message).toBe(
      'ops root "/qlarius/rotation" is invalid: it lies under the root "/qlarius"; the application\'s read grant would cover pending values (rule: ops-root-outside-root)',
    );
  });

  it('refuses an ops root equal to the root', () => {
    // Act
    const error = thrown(() => createPathLayout({ ...REFERENCE_SETTINGS, opsRoot: '/qlarius' }));
    // Assess
    expect(error.rule).toBe(RULES.opsRootOutsideRoot);
    expect(error.message).toContain('it equals the root "/qlarius"');
  });

  it('refuses an ops root above the root', () => {
    // Act
    const error = thrown(() =>
      createPathLayout({ ...REFERENCE_SETTINGS, root: '/apps/qlarius', opsRoot: '/apps' }),
    );
    // Assess
    expect(error.rule).toBe(RULES.opsRootOutsideRoot);
  });

  it('accepts an ops root beside the root that shares its spelling', () => {
    // Act
    const layout = createPathLayout({ ...REFERENCE_SETTINGS, opsRoot: '/qlarius-rotation' });
    // Assess
    expect(layout.opsPrefix()).toBe('/qlarius-rotation');
  });

  it('refuses a duplicate id naming the entry', () => {
    // Prepare
    const catalog = [
      ...REFERENCE_SETTINGS.catalog,
      { id: 'cloak-key', path: 'cloak-key-2', strategy: 'none' as const },
    ];
    // Act
    const error = thrown(() => createPathLayout({ ...REFERENCE_SETTINGS, catalog }));
    // Assess
    expect(error.rule).toBe(RULES.catalogDuplicateId);
    expect(error.message).toBe(
      'catalog entry "cloak-key" is invalid: the id is used by entries 1 and 5 (rule: catalog-unique-id)',
    );
  });

  it('refuses a duplicate path naming both entries', () => {
    // Prepare
    const catalog = [
      ...REFERENCE_SETTINGS.catalog,
      { id: 'cloak-key-copy', path: 'cloak-key', strategy: 'none' as const },
    ];
    // Act
    const error = thrown(() => createPathLayout({ ...REFERENCE_SETTINGS, catalog }));
    // Assess
    expect(error.rule).toBe(RULES.catalogDuplicatePath);
    expect(error.message).toBe(
      'catalog entry "cloak-key-copy": path "cloak-key" is invalid: catalog entry "cloak-key" has the same path (rule: catalog-unique-path)',
    );
  });

  it('refuses a path with an empty segment naming the entry', () => {
    // Prepare
    const catalog = [
      { id: 'twilio-auth-token', path: 'twilio//auth-token', strategy: 'twilio-auth-token' as const },
    ];
    // Act
    const error = thrown(() => createPathLayout({ ...REFERENCE_SETTINGS, catalog }));
    // Assess
    expect(error.rule).toBe(RULES.noEmptySegments);
    expect(error.message).toBe(
      'catalog entry "twilio-auth-token": path "twilio//auth-token" is invalid: contains an empty segment ("//") (rule: no-empty-segments)',
    );
  });

  it('refuses an absolute catalog path', () => {
    // Prepare
    const catalog = [{ id: 'cloak-key', path: '/cloak-key', strategy: 'cloak-key' as const }];
    // Act
    const error = thrown(() => createPathLayout({ ...REFERENCE_SETTINGS, catalog }));
    // Assess
    expect(error.rule).toBe(RULES.catalogRelativePath);
  });

  it('refuses an id that is not kebab-case', () => {
    // Prepare
    const catalog = [{ id: 'Cloak_Key', path: 'cloak-key', strategy: 'cloak-key' as const }];
    // Act
    const error = thrown(() => createPathLayout({ ...REFERENCE_SETTINGS, catalog }));
    // Assess
    expect(error.rule).toBe(RULES.catalogIdFormat);
    expect(error.message).toBe(
      'catalog entry "Cloak_Key" is invalid: the id must match ^[a-z][a-z0-9-]{0,62}$ (rule: catalog-id-format)',
    );
  });

  it('refuses a stage of two segments', () => {
    // Act
    const error = thrown(() => createPathLayout({ ...REFERENCE_SETTINGS, stage: 'prod/eu' }));
    // Assess
    expect(error.rule).toBe(RULES.stageSegment);
    expect(error.message).toBe(
      'stage "prod/eu" is invalid: contains "/"; a stage is one segment (rule: stage-single-segment)',
    );
  });

  it('refuses an empty stage', () => {
    // Act
    const error = thrown(() => createPathLayout({ ...REFERENCE_SETTINGS, stage: '' }));
    // Assess
    expect(error.rule).toBe(RULES.nameEmpty);
  });

  it('refuses a relative root', () => {
    // Act
    const error = thrown(() => createPathLayout({ ...REFERENCE_SETTINGS, root: 'qlarius' }));
    // Assess
    expect(error.rule).toBe(RULES.absolutePath);
    expect(error.message).toBe('root "qlarius" is invalid: does not start with "/" (rule: absolute-path)');
  });

  it('refuses the root /', () => {
    // Act
    const error = thrown(() => createPathLayout({ ...REFERENCE_SETTINGS, root: '/' }));
    // Assess
    expect(error.rule).toBe(RULES.absolutePath);
  });

  it('refuses a reserved root', () => {
    // Act
    const error = thrown(() => createPathLayout({ ...REFERENCE_SETTINGS, root: '/ssm-app' }));
    // Assess
    expect(error.rule).toBe(RULES.reservedPrefix);
  });

  it('refuses a region that is not a region code', () => {
    // Act
    const error = thrown(() => createPathLayout({ ...REFERENCE_SETTINGS, region: 'US East' }));
    // Assess
    expect(error.rule).toBe(RULES.arnRegion);
    expect(error.message).toBe(
      'path settings are invalid: region "US East" is not a region code like us-east-1 (rule: arn-region)',
    );
  });

  it('refuses a catalog path whose full name is too deep', () => {
    // Prepare
    const catalog = [{ id: 'deep', path: 'a/b/c/d/e/f/g/h/i/j/k/l/m/n/o', strategy: 'none' as const }];
    // Act
    const error = thrown(() => createPathLayout({ ...REFERENCE_SETTINGS, catalog }));
    // Assess
    expect(error.rule).toBe(RULES.maxDepth);
    expect(error.message).toBe(
      'catalog entry "deep": name "/qlarius/a/b/c/d/e/f/g/h/i/j/k/l/m/n/o" is invalid: has 16 levels; the limit is 15 (rule: max-depth)',
    );
  });

  it('refuses a full name too long with the ARN prefix', () => {
    // Prepare: 45 prefix + '/qlarius/' (9) + 958 = 1012
    const catalog = [{ id: 'long', path: 'x'.repeat(958), strategy: 'none' as const }];
    // Act
    const error = thrown(() => createPathLayout({ ...REFERENCE_SETTINGS, catalog }));
    // Assess
    expect(error.rule).toBe(RULES.nameTooLong);
    expect(error.message).toMatch(
      /^catalog entry "long": name ".*counts 1012 characters with the ARN prefix/,
    );
  });
});
