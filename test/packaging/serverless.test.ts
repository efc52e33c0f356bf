/* biome-ignore-all lint/suspicious/noTemplateCurlyInString: expected values are CloudFormation Fn::Sub templates */
import { beforeAll, describe, expect, it } from 'vitest';
import { iamGlob, oslsPackage, readTemplate, type Template } from './osls-package.ts';

const sub = (name: string) => ({
  'Fn::Sub': `arn:\${AWS::Partition}:ssm:\${AWS::Region}:\${AWS::AccountId}:parameter${name}`,
});
const TABLE = { 'Fn::GetAtt': ['OpsTable', 'Arn'] };
const TOPIC = { Ref: 'AlertTopic' };
const QUEUE = { 'Fn::GetAtt': ['FailedInvocations', 'Arn'] };
const TABLE_ACTIONS = [
  'dynamodb:GetItem',
  'dynamodb:PutItem',
  'dynamodb:UpdateItem',
  'dynamodb:DeleteItem',
  'dynamodb:Query',
];

type Statement = { Effect: string; Action: string | string[]; Resource: unknown; Condition?: unknown };

function statements(template: Template, role: string): Statement[] {
  const policies = template.Resources[role]?.Properties.Policies as {
    PolicyDocument: { Statement: Statement[] };
  }[];
  return policies
    .flatMap((p) => p.PolicyDocument.Statement)
    .filter((s) => !JSON.stringify(s.Action).includes('logs:'));
}

describe('osls package (offline)', () => {
  let template: Template;
  let output: string;

  beforeAll(async () => {
    const result = await oslsPackage();
    output = result.output;
    expect(result.code, output).toBe(0);
    template = readTemplate(result.dir);
  }, 180_000);

  it('gives rotate exactly the parameters it rotates, their pending values and the account SID', () => {
    expect(statements(template, 'RotateIamRoleLambdaExecution')).toEqual([
      {
        Effect: 'Allow',
        Action: [
          'ssm:GetParameter',
          'ssm:GetParameterHistory',
          'ssm:PutParameter',
          'ssm:LabelParameterVersion',
          'ssm:UnlabelParameterVersion',
        ],
        Resource: [sub('/qlarius/cloak-key'), sub('/qlarius/twilio/auth-token')],
      },
      {
        Effect: 'Allow',
        Action: ['ssm:GetParameter', 'ssm:GetParameterHistory', 'ssm:PutParameter', 'ssm:DeleteParameter'],
        Resource: [
          sub('/qlarius-rotation/cloak-key/pending'),
          sub('/qlarius-rotation/twilio-auth-token/pending'),
        ],
      },
      { Effect: 'Allow', Action: ['ssm:GetParameter'], Resource: [sub('/qlarius/twilio/account-sid')] },
      { Effect: 'Allow', Action: TABLE_ACTIONS, Resource: TABLE },
      { Effect: 'Allow', Action: ['sns:Publish'], Resource: TOPIC },
      { Effect: 'Allow', Action: ['sqs:SendMessage'], Resource: QUEUE },
    ]);
  });

  it('gives auditSweep LookupEvents (resource *), the table and the topic, and no parameter read', () => {
    expect(statements(template, 'AuditSweepIamRoleLambdaExecution')).toEqual([
      { Effect: 'Allow', Action: ['cloudtrail:LookupEvents'], Resource: '*' },
      { Effect: 'Allow', Action: TABLE_ACTIONS, Resource: TABLE },
      { Effect: 'Allow', Action: ['sns:Publish'], Resource: TOPIC },
      { Effect: 'Allow', Action: ['sqs:SendMessage'], Resource: QUEUE },
    ]);
  });

  it('gives auditStream only the table and the topic', () => {
    expect(statements(template, 'AuditStreamIamRoleLambdaExecution')).toEqual([
      { Effect: 'Allow', Action: TABLE_ACTIONS, Resource: TABLE },
      { Effect: 'Allow', Action: ['sns:Publish'], Resource: TOPIC },
      { Effect: 'Allow', Action: ['sqs:SendMessage'], Resource: QUEUE },
    ]);
  });

  it('has no * action, no DescribeParameters, and no shared default role', () => {
    const roles = Object.values(template.Resources).filter((r) => r.Type === 'AWS::IAM::Role');
    const text = JSON.stringify(template);

    expect(roles).toHaveLength(3);
    expect(JSON.stringify(roles)).not.toMatch(/"Action":\s*"\*"|"[a-z0-9]+:\*"/);
    expect(text).not.toContain('DescribeParameters');
    expect(template.Resources.IamRoleLambdaExecution).toBeUndefined();
  });

  it('runs every function on nodejs24.x, arm64, with its own role', () => {
    for (const id of ['RotateLambdaFunction', 'AuditSweepLambdaFunction', 'AuditStreamLambdaFunction']) {
      const props = template.Resources[id]?.Properties;
      expect(props.Runtime).toBe('nodejs24.x');
      expect(props.Architectures).toEqual(['arm64']);
      expect(props.Role).toEqual({
        'Fn::GetAtt': [id.replace('LambdaFunction', 'IamRoleLambdaExecution'), 'Arn'],
      });
    }
  });

  it('keeps the rotate timeout shorter than the lock lease', () => {
    const rotate = template.Resources.RotateLambdaFunction?.Properties;

    expect(rotate.Environment.Variables.SRA_LOCK_LEASE).toBe('20m');
    expect(rotate.Timeout).toBeLessThan(20 * 60);
  });

  it('schedules the tick hourly, the sweep every 15 minutes and the reconciliation daily', () => {
    const rules = Object.values(template.Resources).filter((r) => r.Type === 'AWS::Events::Rule');
    const schedules = rules
      .filter((r) => r.Properties.ScheduleExpression)
      .map((r) => [r.Properties.ScheduleExpression, r.Properties.Targets[0].Input ?? null]);

    expect(schedules).toEqual([
      ['rate(1 hour)', null],
      ['rate(15 minutes)', '{"mode":"incremental"}'],
      ['cron(30 3 * * ? *)', '{"mode":"reconcile"}'],
    ]);
  });

  it('routes SSM CloudTrail events to auditStream with read-only management events enabled', () => {
    const rule = template.Resources.AuditStreamRule?.Properties;

    expect(rule.State).toBe('ENABLED_WITH_ALL_CLOUDTRAIL_MANAGEMENT_EVENTS');
    expect(rule.EventPattern.source).toEqual(['aws.ssm']);
    expect(rule.EventPattern['detail-type']).toEqual(['AWS API Call via CloudTrail']);
    expect(rule.EventPattern.detail.eventName).toEqual(
      expect.arrayContaining(['GetParameter', 'PutParameter']),
    );
    expect(template.Resources.AuditStreamInvokePermission?.Properties).toMatchObject({
      Principal: 'events.amazonaws.com',
      SourceArn: { 'Fn::GetAtt': ['AuditStreamRule', 'Arn'] },
    });
  });

  it('creates the ops table on demand with TTL for clean-up and point-in-time recovery', () => {
    expect(template.Resources.OpsTable?.Properties).toMatchObject({
      BillingMode: 'PAY_PER_REQUEST',
      TimeToLiveSpecification: { AttributeName: 'expiresAt', Enabled: true },
      PointInTimeRecoverySpecification: { PointInTimeRecoveryEnabled: true },
    });
  });

  it('creates a standard alert topic and a failure destination for every function', () => {
    expect(template.Resources.AlertTopic?.Properties.TopicName).toBe('ssm-rotation-audit-test-alerts');
    for (const fn of ['Rotate', 'AuditSweep', 'AuditStream']) {
      expect(template.Resources[`${fn}LambdaEvConf`]?.Properties.DestinationConfig).toEqual({
        OnFailure: { Destination: QUEUE },
      });
    }
  });

  it('alarms on errors and throttles of every function and on missing scheduled invocations', () => {
    const alarms = Object.entries(template.Resources)
      .filter(([, r]) => r.Type === 'AWS::CloudWatch::Alarm')
      .map(([id]) => id)
      .sort();

    expect(alarms).toEqual([
      'AuditStreamErrorsAlarm',
      'AuditStreamThrottlesAlarm',
      'AuditSweepErrorsAlarm',
      'AuditSweepMissingInvocationsAlarm',
      'AuditSweepThrottlesAlarm',
      'FailedInvocationsAlarm',
      'RotateErrorsAlarm',
      'RotateMissingInvocationsAlarm',
      'RotateThrottlesAlarm',
    ]);
    expect(template.Resources.RotateMissingInvocationsAlarm?.Properties).toMatchObject({
      MetricName: 'Invocations',
      ComparisonOperator: 'LessThanThreshold',
      TreatMissingData: 'breaching',
      AlarmActions: [TOPIC],
    });
  });

  it("the application's grant parameter/qlarius/* does not cover the pending values", () => {
    const grant = 'arn:aws:ssm:*:*:parameter/qlarius/*';

    expect(iamGlob(grant, 'arn:aws:ssm:us-east-1:111122223333:parameter/qlarius/cloak-key')).toBe(true);
    expect(
      iamGlob(grant, 'arn:aws:ssm:us-east-1:111122223333:parameter/qlarius-rotation/cloak-key/pending'),
    ).toBe(false);
    expect(
      iamGlob(
        grant,
        'arn:aws:ssm:us-east-1:111122223333:parameter/qlarius-rotation/twilio-auth-token/pending',
      ),
    ).toBe(false);
    expect(
      iamGlob('arn:aws:ssm:*:*:parameter/qlarius*', 'arn:aws:ssm:us-east-1:1:parameter/qlarius-rotation/x'),
    ).toBe(true);
  });
});

describe('osls package refuses a bad schedule before packaging (C-16)', () => {
  it('rate(1 days) is refused with the singular and plural rule', async () => {
    const result = await oslsPackage('--param=rotateSchedule=rate(1 days)');

    expect(result.code).not.toBe(0);
    expect(result.output).toContain(
      'function rotate: schedule "rate(1 days)" is invalid: the unit is singular for a value of 1 and plural otherwise: write rate(1 day)',
    );
  }, 180_000);

  it('a cron with both day fields is refused', async () => {
    const result = await oslsPackage('--param=reconcileSchedule=cron(0 3 1 * MON *)');

    expect(result.code).not.toBe(0);
    expect(result.output).toContain('exactly one of day-of-month and day-of-week must be "?"');
  }, 180_000);
});
