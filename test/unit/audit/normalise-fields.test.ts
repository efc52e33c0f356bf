/** The normaliser's fields: principals, sources, calls, outcomes, and impossible requests. */
import { describe, expect, it } from 'vitest';
import { normaliseLogRecord, SKIP_REASONS } from '../../../shared/audit/index.ts';
import {
  assumedRole,
  corpusRecord,
  LAYOUT,
  normalised,
  ROLES,
  ROOT_IDENTITY,
  ssmRecord,
} from './fixtures.ts';

describe('normalise: principal', () => {
  it('gives an IRSA session its role, session name and OIDC provider', () => {
    // Prepare: the identity shape of corpus record 21 on a GetParameter
    const identity = corpusRecord('21-').userIdentity as Record<string, unknown>;
    // Act
    const record = normalised(ssmRecord({ identity }));
    // Assess
    expect(record.principal).toEqual({
      arn: 'arn:aws:iam::111122223333:role/example-irsa-role',
      type: 'AssumedRole',
      accountId: '111122223333',
      sessionName: 'botocore-session-1111111111',
      sessionArn: 'arn:aws:sts::111122223333:assumed-role/example-irsa-role/botocore-session-1111111111',
      accessKeyId: 'ASIAEXAMPLEKEY000010',
      webIdentityProvider:
        'arn:aws:iam::111122223333:oidc-provider/oidc.eks.us-east-1.amazonaws.com/id/EXAMPLEFA1C58F08CDB049167EXAMPLE',
    });
  });

  it('names the root user by its ARN', () => {
    // Act
    const record = normalised(ssmRecord({ identity: ROOT_IDENTITY }));
    // Assess
    expect(record.principal).toEqual({
      arn: 'arn:aws:iam::111122223333:root',
      type: 'Root',
      accountId: '111122223333',
    });
  });

  it('names an AWS service by invokedBy', () => {
    // Prepare
    const identity = { type: 'AWSService', invokedBy: 'cloudformation.amazonaws.com' };
    // Act
    const record = normalised(ssmRecord({ identity, sourceIPAddress: 'cloudformation.amazonaws.com' }));
    // Assess
    expect(record.principal).toEqual({
      arn: 'cloudformation.amazonaws.com',
      type: 'AWSService',
      invokedBy: 'cloudformation.amazonaws.com',
    });
  });

  it('falls back to the session ARN when an assumed role has no sessionIssuer', () => {
    // Prepare
    const identity = {
      type: 'AssumedRole',
      arn: 'arn:aws:sts::111122223333:assumed-role/r/s',
      principalId: 'AROAX:s',
    };
    // Act
    const record = normalised(ssmRecord({ identity }));
    // Assess
    expect(record.principal.arn).toBe('arn:aws:sts::111122223333:assumed-role/r/s');
    expect(record.principal.sessionName).toBe('s');
  });
});

describe('normalise: source', () => {
  it.each([
    ['10.0.0.46', { kind: 'ip', text: '10.0.0.46' }],
    ['2001:db8::1', { kind: 'ip', text: '2001:db8::1' }],
    ['AWS Internal', { kind: 'service', text: 'AWS Internal' }],
    ['AWS Internal/3', { kind: 'service', text: 'AWS Internal' }],
    ['cloudformation.amazonaws.com', { kind: 'service', text: 'cloudformation.amazonaws.com' }],
    ['95.025.143.109', { kind: 'unknown', text: '95.025.143.109' }],
  ])('classifies sourceIPAddress %s', (sourceIPAddress, expected) => {
    // Act
    const record = normalised(ssmRecord({ sourceIPAddress }));
    // Assess
    expect(record.source).toEqual(expected);
  });

  it('gives an absent sourceIPAddress as unknown and empty', () => {
    // Prepare
    const raw = ssmRecord();
    delete raw.sourceIPAddress;
    // Act
    const record = normalised(raw);
    // Assess
    expect(record.source).toEqual({ kind: 'unknown', text: '' });
  });
});

describe('normalise: calls', () => {
  it('reads withDecryption absent as false', () => {
    // Act
    const record = normalised(ssmRecord({ request: { name: '/qlarius/cloak-key' } }));
    // Assess
    expect(record.withDecryption).toBe(false);
  });

  it('classifies PutParameter of a pending value as a write to the pending value', () => {
    // Prepare
    const raw = ssmRecord({
      eventName: 'PutParameter',
      request: { name: '/qlarius-rotation/cloak-key/pending', type: 'SecureString', overwrite: true },
    });
    // Act
    const record = normalised(raw);
    // Assess
    expect([record.access, record.managed]).toEqual([
      'write',
      { secretIds: [], pendingSecretIds: ['cloak-key'] },
    ]);
  });

  it('classifies LabelParameterVersion as a write to the canonical parameter', () => {
    // Prepare
    const raw = ssmRecord({
      eventName: 'LabelParameterVersion',
      request: { name: '/qlarius/cloak-key', parameterVersion: 4, labels: ['current'] },
    });
    // Act
    const record = normalised(raw);
    // Assess
    expect([record.access, record.managed.secretIds]).toEqual(['write', ['cloak-key']]);
  });

  it('reads DeleteParameters names as a list', () => {
    // Prepare
    const raw = ssmRecord({
      eventName: 'DeleteParameters',
      request: { names: ['/qlarius/cloak-key', '/other/x'] },
    });
    // Act
    const record = normalised(raw);
    // Assess
    expect(record.parameters.map((p) => p.name)).toEqual(['/qlarius/cloak-key', '/other/x']);
  });

  it('reads a tag call on a parameter by resourceId', () => {
    // Prepare
    const raw = ssmRecord({
      eventName: 'AddTagsToResource',
      request: { resourceType: 'Parameter', resourceId: '/qlarius/twilio/auth-token', tags: [] },
    });
    // Act
    const record = normalised(raw);
    // Assess
    expect([record.access, record.managed.secretIds]).toEqual(['write', ['twilio-auth-token']]);
  });

  it('skips a tag call on another resource type as not-parameter-event', () => {
    // Prepare
    const raw = ssmRecord({
      eventName: 'AddTagsToResource',
      request: { resourceType: 'Document', resourceId: 'doc' },
    });
    // Act
    const result = normaliseLogRecord(LAYOUT, raw);
    // Assess
    expect(!result.ok && result.skipped.reason).toBe(SKIP_REASONS.notParameterEvent);
  });

  it('classifies GetParameterHistory as a read', () => {
    // Act
    const record = normalised(
      ssmRecord({ eventName: 'GetParameterHistory', request: { name: '/qlarius/cloak-key' } }),
    );
    // Assess
    expect(record.access).toBe('read');
  });

  it('gives a throttled call the outcome failed with its error', () => {
    // Act
    const record = normalised(
      ssmRecord({ request: null, errorCode: 'ThrottlingException', errorMessage: 'Rate exceeded' }),
    );
    // Assess
    expect([record.outcome, record.error]).toEqual([
      'failed',
      { code: 'ThrottlingException', message: 'Rate exceeded' },
    ]);
  });

  it('takes the account from recipientAccountId, else from the caller', () => {
    // Prepare
    const raw = ssmRecord({ identity: assumedRole(ROLES.application) });
    delete raw.recipientAccountId;
    // Act
    const record = normalised(raw);
    // Assess
    expect(record.account).toBe('111122223333');
  });
});

describe('normalise: impossible requests are skipped as invalid-request', () => {
  it.each([
    [{ names: 'not-a-list' }, 'GetParameters: requestParameters.names is not a list of 1 to 10 names'],
    [{ names: [] }, 'GetParameters: requestParameters.names is not a list of 1 to 10 names'],
    [{ names: ['/ok', 42] }, 'GetParameters: requestParameters.names is not text'],
  ])('GetParameters with %j', (request, detail) => {
    // Act
    const result = normaliseLogRecord(LAYOUT, ssmRecord({ eventName: 'GetParameters', request }));
    // Assess
    expect(!result.ok && [result.skipped.reason, result.skipped.detail]).toEqual([
      SKIP_REASONS.invalidRequest,
      detail,
    ]);
  });

  it('names the naming rule of an invalid name', () => {
    // Act
    const result = normaliseLogRecord(LAYOUT, ssmRecord({ request: { name: '/qlarius/cloak key' } }));
    // Assess
    expect(!result.ok && result.skipped).toMatchObject({
      reason: 'invalid-request',
      detail:
        'GetParameter: requestParameters.name: parameter name "/qlarius/cloak key" is invalid: contains a space (rule: no-spaces)',
    });
  });

  it('refuses a path that is not text', () => {
    // Act
    const result = normaliseLogRecord(
      LAYOUT,
      ssmRecord({ eventName: 'GetParametersByPath', request: { path: 7 } }),
    );
    // Assess
    expect(!result.ok && result.skipped.detail).toBe(
      'GetParametersByPath: requestParameters.path is not text',
    );
  });
});
