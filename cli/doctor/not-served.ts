/**
 * Checks of what `sra` has no client for, or what the endpoint does not serve: the
 * CloudTrail trail (DescribeTrails and GetTrailStatus, with the installed CloudTrail
 * client; the local stand-ins serve only LookupEvents), the EventBridge rule's state and the
 * IAM grants (no EventBridge or IAM client is installed: these say how to check by hand).
 */
import { DescribeTrailsCommand, GetTrailStatusCommand } from '@aws-sdk/client-cloudtrail';
import { type CheckResult, type DoctorDeps, errorLine, result } from './types.ts';

/** Never throws. */
export async function checkTrail(deps: DoctorDeps): Promise<CheckResult> {
  try {
    const trails = (await deps.cloudTrail.send(new DescribeTrailsCommand({}))).trailList ?? [];
    for (const trail of trails) {
      const status = await deps.cloudTrail.send(new GetTrailStatusCommand({ Name: trail.TrailARN }));
      if (status.IsLogging)
        return result(
          'trail',
          'ok',
          `${trail.Name} is logging${trail.IsMultiRegionTrail ? ' (multi-region)' : ''}`,
        );
    }
    return result(
      'trail',
      'warn',
      `${trails.length} trail(s), none logging: the real-time audit receives nothing (the sweep still works)`,
      'create a trail of management events: aws cloudtrail create-trail ... && aws cloudtrail start-logging ...',
    );
  } catch (error) {
    const name = (error as Error).name;
    if (
      /UnknownOperation|InvalidAction|UnrecognizedClient/i.test(name) ||
      ((error as { $metadata?: { httpStatusCode?: number } }).$metadata?.httpStatusCode === 400 &&
        /Unknown/i.test(errorLine(error)))
    )
      return result(
        'trail',
        'skipped',
        `the endpoint does not serve DescribeTrails (${name}); the local stand-ins serve only LookupEvents`,
        'against AWS: aws cloudtrail get-trail-status --name <trail>',
      );
    return result(
      'trail',
      'warn',
      `cannot check: ${errorLine(error)}`,
      'grant cloudtrail:DescribeTrails and cloudtrail:GetTrailStatus, or check by hand: aws cloudtrail describe-trails',
    );
  }
}

/** Never throws. */
export function checkRuleState(): CheckResult {
  return result(
    'eventbridge-rule',
    'skipped',
    'no EventBridge client is installed in this project, so the rule state cannot be read',
    'check by hand: aws events list-rules --name-prefix <stack> --query "Rules[].[Name,State]"; the audit stream rule must be ENABLED_WITH_ALL_CLOUDTRAIL_MANAGEMENT_EVENTS',
  );
}

/** Never throws. */
export function checkIam(): CheckResult {
  return result(
    'iam',
    'skipped',
    "no IAM client is installed in this project, so the functions' grants cannot be simulated",
    'check by hand: aws iam simulate-principal-policy --policy-source-arn <rotate role> --action-names ssm:DeleteParameter --resource-arns <canonical ARN> must answer implicitDeny or explicitDeny; the packaging test asserts the generated statements',
  );
}
