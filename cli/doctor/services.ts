/**
 * The ops table exists and answers (through the same ops-state code the functions use), and
 * the alert topic exists with its subscriptions, confirmed or pending.
 */
import { DescribeTableCommand } from '@aws-sdk/client-dynamodb';
import { GetTopicAttributesCommand, ListSubscriptionsByTopicCommand } from '@aws-sdk/client-sns';
import { lastRuns } from '../../shared/ops-state/index.ts';
import { type CheckResult, type DoctorDeps, errorLine, result } from './types.ts';

/** Never throws. */
export async function checkTable(deps: DoctorDeps): Promise<CheckResult> {
  const name = deps.config.table.name;
  try {
    const described = await deps.dynamodb.send(new DescribeTableCommand({ TableName: name }));
    const status = described.Table?.TableStatus;
    if (status !== 'ACTIVE')
      return result(
        'table',
        'warn',
        `${name} is ${status}`,
        'wait until it is ACTIVE, then run sra doctor again',
      );
    const runs = await lastRuns({ client: deps.dynamodb, tableName: name, clock: deps.clock });
    const seen = Object.entries(runs).map(([fn, at]) => `${fn} ${at.toISOString()}`);
    return result('table', 'ok', `${name} ACTIVE and answers; last runs: ${seen.join(', ') || 'none yet'}`);
  } catch (error) {
    if ((error as Error).name === 'ResourceNotFoundException')
      return result(
        'table',
        'fail',
        `${name} does not exist`,
        'deploy the stack (osls deploy) or set SRA_TABLE to its name',
      );
    return result(
      'table',
      'fail',
      `${name}: ${errorLine(error)}`,
      'grant dynamodb:DescribeTable and dynamodb:Query on the table to your role',
    );
  }
}

/** Never throws. */
export async function checkTopic(deps: DoctorDeps): Promise<CheckResult> {
  const arn = deps.config.topic.arn;
  if (arn === undefined)
    return result(
      'topic',
      'fail',
      'SRA_TOPIC_ARN is not set: alerts would only be logged',
      'set SRA_TOPIC_ARN to the stack output AlertTopicArn',
    );
  try {
    await deps.sns.send(new GetTopicAttributesCommand({ TopicArn: arn }));
    let confirmed = 0;
    let pending = 0;
    const protocols = new Set<string>();
    let NextToken: string | undefined;
    do {
      const page = await deps.sns.send(new ListSubscriptionsByTopicCommand({ TopicArn: arn, NextToken }));
      for (const s of page.Subscriptions ?? []) {
        if (s.SubscriptionArn?.startsWith('arn:')) {
          confirmed += 1;
          protocols.add(String(s.Protocol));
        } else pending += 1;
      }
      NextToken = page.NextToken || undefined;
    } while (NextToken);
    const counts = `${confirmed} confirmed${confirmed > 0 ? ` (${[...protocols].join(', ')})` : ''}, ${pending} pending`;
    if (confirmed === 0)
      return result(
        'topic',
        'warn',
        `${arn}: ${counts}; nobody receives alerts`,
        'subscribe an email or chat endpoint and confirm it (README, "Routing alerts")',
      );
    if (pending > 0)
      return result(
        'topic',
        'warn',
        `${arn}: ${counts}`,
        'confirm the pending subscriptions (the link in the confirmation email) or remove them',
      );
    return result('topic', 'ok', `${arn}: ${counts}`);
  } catch (error) {
    if ((error as Error).name === 'NotFoundException' || (error as Error).name === 'NotFound')
      return result(
        'topic',
        'fail',
        `${arn} does not exist`,
        'deploy the stack or set SRA_TOPIC_ARN to the stack output AlertTopicArn',
      );
    return result(
      'topic',
      'fail',
      `${arn}: ${errorLine(error)}`,
      'grant sns:GetTopicAttributes and sns:ListSubscriptionsByTopic to your role',
    );
  }
}
