import { describe, expect, it } from 'vitest';
import {
  createPathLayout,
  RULES,
  resolveNames,
  resolveReference,
} from '../../../shared/parameter-paths/index.ts';
import { REFERENCE_SETTINGS, thrown } from './fixtures.ts';

const layout = createPathLayout(REFERENCE_SETTINGS);

describe('resolveReference', () => {
  it('maps a canonical name to its secret', () => {
    // Act
    const resolution = resolveReference(layout, '/qlarius/twilio/auth-token');
    // Assess
    expect(resolution).toEqual({
      kind: 'secret',
      secretId: 'twilio-auth-token',
      name: '/qlarius/twilio/auth-token',
    });
  });

  it('maps a pending name to its secret as pending', () => {
    // Act
    const resolution = resolveReference(layout, '/qlarius-rotation/cloak-key/pending');
    // Assess
    expect(resolution).toEqual({
      kind: 'pending',
      secretId: 'cloak-key',
      name: '/qlarius-rotation/cloak-key/pending',
    });
  });

  it('maps an unmanaged name to other', () => {
    // Act
    const resolution = resolveReference(layout, '/DEV/db1/username');
    // Assess
    expect(resolution).toEqual({ kind: 'other', name: '/DEV/db1/username' });
  });

  it('maps an AWS public parameter to other rather than refusing its reserved prefix', () => {
    // Act
    const resolution = resolveReference(layout, '/aws/service/global-infrastructure/regions');
    // Assess
    expect(resolution).toEqual({ kind: 'other', name: '/aws/service/global-infrastructure/regions' });
  });

  it('maps an ARN of another account to other, keeping the ARN parts', () => {
    // Act
    const resolution = resolveReference(
      layout,
      'arn:aws:ssm:us-east-1:444455556666:parameter/qlarius/cloak-key',
    );
    // Assess
    expect(resolution).toEqual({
      kind: 'other',
      name: '/qlarius/cloak-key',
      arn: { partition: 'aws', region: 'us-east-1', account: '444455556666' },
    });
  });

  it('maps an ARN of another region to other', () => {
    // Act
    const resolution = resolveReference(
      layout,
      'arn:aws:ssm:eu-west-1:111122223333:parameter/qlarius/cloak-key',
    );
    // Assess
    expect(resolution.kind).toBe('other');
  });

  it('keeps the selector of a pending reference', () => {
    // Act
    const resolution = resolveReference(layout, '/qlarius-rotation/cloak-key/pending:1');
    // Assess
    expect(resolution).toEqual({
      kind: 'pending',
      secretId: 'cloak-key',
      name: '/qlarius-rotation/cloak-key/pending',
      selector: { kind: 'version', version: 1 },
    });
  });

  it('throws for an invalid reference with its rule', () => {
    // Act
    const error = thrown(() => resolveReference(layout, '/qlarius/cloak key'));
    // Assess
    expect(error.rule).toBe(RULES.noSpaces);
  });
});

describe('resolveNames', () => {
  it('resolves every entry in order', () => {
    // Act
    const results = resolveNames(layout, ['/qlarius/cloak-key:previous', '/DEV/db1/username']);
    // Assess
    expect(results).toEqual([
      {
        input: '/qlarius/cloak-key:previous',
        ok: true,
        resolution: {
          kind: 'secret',
          secretId: 'cloak-key',
          name: '/qlarius/cloak-key',
          selector: { kind: 'label', label: 'previous' },
        },
      },
      { input: '/DEV/db1/username', ok: true, resolution: { kind: 'other', name: '/DEV/db1/username' } },
    ]);
  });

  it('reports an invalid entry with its rule and message instead of throwing', () => {
    // Act
    const results = resolveNames(layout, ['/qlarius//cloak-key']);
    // Assess
    expect(results).toEqual([
      {
        input: '/qlarius//cloak-key',
        ok: false,
        rule: RULES.noEmptySegments,
        message:
          'parameter name "/qlarius//cloak-key" is invalid: contains an empty segment ("//") (rule: no-empty-segments)',
      },
    ]);
  });

  it('reports an entry that is not text', () => {
    // Act
    const results = resolveNames(layout, [null]);
    // Assess
    expect(results).toEqual([
      {
        input: null,
        ok: false,
        rule: RULES.referenceIsText,
        message: 'a names entry is not text but null (rule: reference-is-text)',
      },
    ]);
  });
});
