/**
 * C-13 "Names in every form" through the normaliser: each form of a name in a CloudTrail
 * record maps to the right managed secret, its pending value, or to none.
 */
import { describe, expect, it } from 'vitest';
import { assumedRole, deniedMessage, normalised, ROLES, ssmRecord } from './fixtures.ts';

const CLOAK_ARN = 'arn:aws:ssm:us-east-1:111122223333:parameter/qlarius/cloak-key';
const ALL = ['cloak-key', 'twilio-account-sid', 'twilio-auth-token', 'twilio-verify-service-sid'];

describe('normalise: C-13 names in every form', () => {
  it('reads a name given as a full ARN as /qlarius/cloak-key', () => {
    // Prepare
    const raw = ssmRecord({ request: { name: CLOAK_ARN, withDecryption: true } });
    // Act
    const record = normalised(raw);
    // Assess
    expect(record.parameters).toEqual([
      {
        reference: CLOAK_ARN,
        name: '/qlarius/cloak-key',
        kind: 'secret',
        secretId: 'cloak-key',
        from: 'request',
      },
    ]);
    expect(record.managed).toEqual({ secretIds: ['cloak-key'], pendingSecretIds: [] });
  });

  it('keeps a :label selector', () => {
    // Prepare
    const raw = ssmRecord({ request: { name: '/qlarius/cloak-key:previous' } });
    // Act
    const record = normalised(raw);
    // Assess
    expect(record.parameters[0]).toEqual({
      reference: '/qlarius/cloak-key:previous',
      name: '/qlarius/cloak-key',
      kind: 'secret',
      secretId: 'cloak-key',
      selector: { kind: 'label', label: 'previous' },
      from: 'request',
    });
  });

  it('keeps a :version selector', () => {
    // Prepare
    const raw = ssmRecord({ request: { name: '/qlarius/cloak-key:7' } });
    // Act
    const record = normalised(raw);
    // Assess
    expect(record.parameters[0]?.selector).toEqual({ kind: 'version', version: 7 });
    expect(record.parameters[0]?.secretId).toBe('cloak-key');
  });

  it('resolves each of 10 names, telling look-alikes and the pending value apart', () => {
    // Prepare
    const names = [
      '/qlarius/twilio/auth-token:current',
      'arn:aws:ssm:us-east-1:111122223333:parameter/qlarius/twilio/account-sid',
      '/qlarius-other/x',
      '/qlarius/cloak-key-backup',
      '/qlarius-rotation/cloak-key/pending',
      '/cloak-key',
      'arn:aws:ssm:us-east-1:444455556666:parameter/qlarius/cloak-key',
      '/qlarius/twilio/verify-service-sid:3',
      '/qlarius/twilio',
      '/qlarius/twilio/auth-token/extra',
    ];
    const raw = ssmRecord({ eventName: 'GetParameters', request: { names, withDecryption: true } });
    // Act
    const record = normalised(raw);
    // Assess
    expect(record.parameters.map((p) => [p.name, p.kind, p.secretId])).toEqual([
      ['/qlarius/twilio/auth-token', 'secret', 'twilio-auth-token'],
      ['/qlarius/twilio/account-sid', 'secret', 'twilio-account-sid'],
      ['/qlarius-other/x', 'other', undefined],
      ['/qlarius/cloak-key-backup', 'other', undefined],
      ['/qlarius-rotation/cloak-key/pending', 'pending', 'cloak-key'],
      ['cloak-key', 'other', undefined],
      ['/qlarius/cloak-key', 'other', undefined],
      ['/qlarius/twilio/verify-service-sid', 'secret', 'twilio-verify-service-sid'],
      ['/qlarius/twilio', 'other', undefined],
      ['/qlarius/twilio/auth-token/extra', 'other', undefined],
    ]);
    expect(record.managed).toEqual({
      secretIds: ['twilio-auth-token', 'twilio-account-sid', 'twilio-verify-service-sid'],
      pendingSecretIds: ['cloak-key'],
    });
  });

  it('covers every secret and the pending value of each rotated one with path "/" recursive', () => {
    // Prepare
    const raw = ssmRecord({
      eventName: 'GetParametersByPath',
      request: { path: '/', recursive: true, withDecryption: true },
    });
    // Act
    const record = normalised(raw);
    // Assess
    const rotated = ['cloak-key', 'twilio-auth-token'];
    expect(record.path).toEqual({ path: '/', recursive: true, secretIds: ALL, pendingSecretIds: rotated });
    expect(record.managed).toEqual({ secretIds: ALL, pendingSecretIds: rotated });
    expect(record.parameters).toEqual([]);
  });

  it('covers one level below /qlarius/twilio without recursive', () => {
    // Prepare
    const raw = ssmRecord({ eventName: 'GetParametersByPath', request: { path: '/qlarius/twilio' } });
    // Act
    const record = normalised(raw);
    // Assess
    expect(record.path).toEqual({
      path: '/qlarius/twilio',
      recursive: false,
      secretIds: ['twilio-account-sid', 'twilio-auth-token', 'twilio-verify-service-sid'],
      pendingSecretIds: [],
    });
  });

  it('does not cover a deeper level without recursive: /qlarius reaches only the cloak key', () => {
    // Prepare
    const raw = ssmRecord({
      eventName: 'GetParametersByPath',
      request: { path: '/qlarius', recursive: false },
    });
    // Act
    const record = normalised(raw);
    // Assess
    expect(record.managed).toEqual({ secretIds: ['cloak-key'], pendingSecretIds: [] });
  });

  it('takes a denied call’s name from the ARN in errorMessage', () => {
    // Prepare
    const principal = `arn:aws:sts::111122223333:assumed-role/ci-deployer/session-1`;
    const raw = ssmRecord({
      identity: assumedRole(ROLES.stranger),
      request: null,
      errorCode: 'AccessDenied',
      errorMessage: deniedMessage(principal, 'GetParameter', CLOAK_ARN),
    });
    // Act
    const record = normalised(raw);
    // Assess
    expect(record.outcome).toBe('denied');
    expect(record.parameters).toEqual([
      {
        reference: CLOAK_ARN,
        name: '/qlarius/cloak-key',
        kind: 'secret',
        secretId: 'cloak-key',
        from: 'error-message',
      },
    ]);
    expect(record.error?.code).toBe('AccessDenied');
  });

  it('reads a denied by-path call’s path ARN (ending in "/") as a recursive path', () => {
    // Prepare
    const raw = ssmRecord({
      eventName: 'GetParametersByPath',
      request: null,
      errorCode: 'AccessDenied',
      errorMessage: deniedMessage(
        ROLES.stranger,
        'GetParametersByPath',
        'arn:aws:ssm:us-east-1:111122223333:parameter/qlarius/',
      ),
    });
    // Act
    const record = normalised(raw);
    // Assess
    expect(record.path).toEqual({
      path: 'arn:aws:ssm:us-east-1:111122223333:parameter/qlarius/',
      recursive: true,
      secretIds: ALL,
      pendingSecretIds: [],
    });
  });

  it('finds no name in a denial whose message has no parameter ARN', () => {
    // Prepare
    const raw = ssmRecord({ request: null, errorCode: 'AccessDenied', errorMessage: 'Access denied' });
    // Act
    const record = normalised(raw);
    // Assess
    expect(record.parameters).toEqual([]);
    expect(record.managed).toEqual({ secretIds: [], pendingSecretIds: [] });
  });
});
