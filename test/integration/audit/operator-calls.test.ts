/**
 * The calls a rotation makes, through the SSM stand-in (recorded in CloudTrail as AWS
 * records them): read and write the canonical parameter, write, read and delete the pending
 * value, move the labels. From a role on the policy's operator or tool list they raise no
 * finding; from an unknown role each one does.
 */
import {
  DeleteParameterCommand,
  GetParameterCommand,
  LabelParameterVersionCommand,
  PutParameterCommand,
  type SSMClient,
} from '@aws-sdk/client-ssm';
import { beforeEach, describe, expect, it } from 'vitest';
import { useAuditFixture } from './audit-fixture.ts';
import { CLOAK, ROLES } from './records.ts';

const fx = useAuditFixture();
const PENDING = '/qlarius-rotation/cloak-key/pending';
/** Test values, not secrets of anything. */
const OLD_KEY = Buffer.alloc(32, 1).toString('base64');
const NEW_KEY = Buffer.alloc(32, 2).toString('base64');

async function rotateByHand(ssm: SSMClient): Promise<void> {
  await ssm.send(new GetParameterCommand({ Name: CLOAK, WithDecryption: true }));
  await ssm.send(new PutParameterCommand({ Name: PENDING, Value: NEW_KEY, Type: 'SecureString' }));
  await ssm.send(new GetParameterCommand({ Name: PENDING, WithDecryption: true }));
  await ssm.send(
    new PutParameterCommand({ Name: CLOAK, Value: NEW_KEY, Type: 'SecureString', Overwrite: true }),
  );
  await ssm.send(new LabelParameterVersionCommand({ Name: CLOAK, ParameterVersion: 2, Labels: ['current'] }));
  await ssm.send(
    new LabelParameterVersionCommand({ Name: CLOAK, ParameterVersion: 1, Labels: ['previous'] }),
  );
  await ssm.send(new DeleteParameterCommand({ Name: PENDING }));
}

async function rotateAs(roleArn: string): Promise<void> {
  const accessKeyId = 'ASIAROTATOR000000001';
  await fx.identity({ type: 'AssumedRole', accessKeyId, roleArn, sessionName: 'rotation-session' });
  fx.clock.advance(60_000);
  await rotateByHand(fx.h.ssmAs({ accessKeyId }));
  fx.clock.advance(60_000);
}

describe('runSweep: the calls of a rotation', () => {
  beforeEach(async () => {
    await fx.control('POST', 'ssm/parameters', { name: CLOAK, value: OLD_KEY, type: 'SecureString' });
  });

  it('raises no finding for a role on the operators list', async () => {
    // Prepare
    await rotateAs(ROLES.operator);
    // Act
    const { summary } = await fx.sweep({ mode: 'incremental' });
    // Assess
    expect(summary).toMatchObject({ records: 7, findings: {}, alerts: { delivered: 0 } });
  });

  it("raises no finding for the tool's own role", async () => {
    // Prepare
    await rotateAs(ROLES.rotation);
    // Act
    const { summary } = await fx.sweep({ mode: 'incremental' });
    // Assess
    expect(summary).toMatchObject({ records: 7, findings: {} });
  });

  it('raises a finding for each call from an unknown role', async () => {
    // Prepare
    await rotateAs(ROLES.stranger);
    // Act
    const { summary, findings } = await fx.sweep({ mode: 'incremental' });
    // Assess
    expect(summary.findings).toEqual({
      'unknown-principal-read': 1,
      'pending-value-read': 1,
      'managed-secret-write': 5,
    });
    expect(
      findings
        .filter((f) => f.rule === 'managed-secret-write')
        .map((f) => f.facts.eventName)
        .sort(),
    ).toEqual([
      'DeleteParameter',
      'LabelParameterVersion',
      'LabelParameterVersion',
      'PutParameter',
      'PutParameter',
    ]);
    expect(summary.alerts).toMatchObject({ delivered: 7 });
  });
});
