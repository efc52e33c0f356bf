/**
 * CloudWatch alarms for every function, notifying the alert topic: errors and throttles of
 * each function, and missing invocations of the scheduled ones (a schedule that stopped
 * firing leaves no error to alarm on).
 */
export interface AlarmSpec {
  functionName: string;
  /** The function's CloudFormation logical id (e.g. `RotateLambdaFunction`). */
  logicalId: string;
  scheduled: boolean;
}

type Resource = { Type: string; Properties: Record<string, unknown> };

export function functionAlarms(spec: AlarmSpec): Record<string, Resource> {
  const base = (metric: string, description: string, extra: Record<string, unknown>): Resource => ({
    Type: 'AWS::CloudWatch::Alarm',
    Properties: {
      AlarmDescription: `${spec.functionName}: ${description}`,
      Namespace: 'AWS/Lambda',
      MetricName: metric,
      Dimensions: [{ Name: 'FunctionName', Value: { Ref: spec.logicalId } }],
      Statistic: 'Sum',
      Period: 300,
      EvaluationPeriods: 1,
      AlarmActions: [{ Ref: 'AlertTopic' }],
      ...extra,
    },
  });
  const id = spec.logicalId.replace(/LambdaFunction$/, '');
  const alarms: Record<string, Resource> = {
    [`${id}ErrorsAlarm`]: base('Errors', 'invocations failed', {
      Threshold: 0,
      ComparisonOperator: 'GreaterThanThreshold',
      TreatMissingData: 'notBreaching',
    }),
    [`${id}ThrottlesAlarm`]: base('Throttles', 'invocations were throttled', {
      Threshold: 0,
      ComparisonOperator: 'GreaterThanThreshold',
      TreatMissingData: 'notBreaching',
    }),
  };
  if (spec.scheduled) {
    alarms[`${id}MissingInvocationsAlarm`] = base(
      'Invocations',
      'the schedule did not invoke it for 2 hours',
      {
        Period: 3600,
        EvaluationPeriods: 2,
        Threshold: 1,
        ComparisonOperator: 'LessThanThreshold',
        TreatMissingData: 'breaching',
      },
    );
  }
  return alarms;
}
