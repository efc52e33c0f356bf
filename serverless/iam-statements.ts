/**
 * Each function's IAM statements, derived from the validated configuration so that the
 * grants name exactly the parameters the code touches: no `*` action, and `*` resource only
 * for `cloudtrail:LookupEvents`, which AWS requires. No function may call
 * `DescribeParameters` (it cannot be scoped) and the rotation role cannot delete a
 * canonical parameter (only pending values in the ops namespace).
 */
import type { Config } from '../shared/config/index.ts';
import { cloudFormationParameterArn } from '../shared/parameter-paths/index.ts';

export interface Statement {
  Effect: 'Allow';
  Action: string[];
  Resource: unknown;
  Condition?: unknown;
}

const TABLE_ARN = { 'Fn::GetAtt': ['OpsTable', 'Arn'] };
const TOPIC_ARN = { Ref: 'AlertTopic' };
const sub = (name: string) => ({ 'Fn::Sub': cloudFormationParameterArn(name) });

const opsTable: Statement = {
  Effect: 'Allow',
  Action: [
    'dynamodb:GetItem',
    'dynamodb:PutItem',
    'dynamodb:UpdateItem',
    'dynamodb:DeleteItem',
    'dynamodb:Query',
  ],
  Resource: TABLE_ARN,
};
const publish: Statement = { Effect: 'Allow', Action: ['sns:Publish'], Resource: TOPIC_ARN };
/** Lambda sends a failed asynchronous invocation to the failure queue with the function's role. */
const failureDestination: Statement = {
  Effect: 'Allow',
  Action: ['sqs:SendMessage'],
  Resource: { 'Fn::GetAtt': ['FailedInvocations', 'Arn'] },
};

/** The statements of the rotate function. Throws the layout's errors for an unknown catalog id. */
export function rotateStatements(config: Config, kmsKeyArns: readonly string[]): Statement[] {
  const rotated = config.catalog.filter((e) => e.strategy !== 'none');
  const readOnly = rotated.flatMap((e) => (e.accountSidSecret ? [e.accountSidSecret] : []));
  const statements: Statement[] = [
    {
      Effect: 'Allow',
      Action: [
        'ssm:GetParameter',
        'ssm:GetParameterHistory',
        'ssm:PutParameter',
        'ssm:LabelParameterVersion',
        'ssm:UnlabelParameterVersion',
      ],
      Resource: rotated.map((e) => sub(config.layout.canonicalName(e.id))),
    },
    {
      Effect: 'Allow',
      Action: ['ssm:GetParameter', 'ssm:GetParameterHistory', 'ssm:PutParameter', 'ssm:DeleteParameter'],
      Resource: rotated.map((e) => sub(config.layout.pendingName(e.id))),
    },
  ];
  if (readOnly.length > 0) {
    statements.push({
      Effect: 'Allow',
      Action: ['ssm:GetParameter'],
      Resource: [...new Set(readOnly)].map((id) => sub(config.layout.canonicalName(id))),
    });
  }
  if (kmsKeyArns.length > 0) {
    statements.push({
      Effect: 'Allow',
      Action: ['kms:Decrypt', 'kms:Encrypt', 'kms:GenerateDataKey'],
      Resource: [...kmsKeyArns],
      // biome-ignore lint/suspicious/noTemplateCurlyInString: a CloudFormation Fn::Sub placeholder
      Condition: { StringEquals: { 'kms:ViaService': { 'Fn::Sub': 'ssm.${AWS::Region}.amazonaws.com' } } },
    });
  }
  return [...statements, opsTable, publish, failureDestination];
}

/** The statements of the scheduled audit sweep: LookupEvents (resource `*`, as AWS requires), table, topic. */
export function auditSweepStatements(): Statement[] {
  return [
    { Effect: 'Allow', Action: ['cloudtrail:LookupEvents'], Resource: '*' },
    opsTable,
    publish,
    failureDestination,
  ];
}

/** The statements of the real-time audit: table and topic only. */
export function auditStreamStatements(): Statement[] {
  return [opsTable, publish, failureDestination];
}
