/** The partition / region / account part of parameter ARNs: checks and the ARN prefix. */
import { PARTITIONS, PATTERNS, RULES } from './constants.ts';
import { quote } from './errors.ts';
import type { Problem } from './name-rules.ts';
import type { ArnContext, Partition } from './types.ts';

/** Whether `value` is one of the supported partitions. */
export function isPartition(value: string): value is Partition {
  return (PARTITIONS as readonly string[]).includes(value);
}

/** The first problem with a partition, region or account; undefined when all are well formed. */
export function arnContextProblem(context: ArnContext): Problem | undefined {
  if (!isPartition(context.partition)) {
    return {
      rule: RULES.arnPartition,
      reason: `partition ${quote(String(context.partition))} is not one of ${PARTITIONS.join(', ')}`,
    };
  }
  if (!PATTERNS.region.test(context.region)) {
    return {
      rule: RULES.arnRegion,
      reason: `region ${quote(context.region)} is not a region code like us-east-1`,
    };
  }
  if (!PATTERNS.account.test(context.account)) {
    return { rule: RULES.arnAccount, reason: `account ${quote(context.account)} is not 12 digits` };
  }
  return undefined;
}

/** `arn:<partition>:ssm:<region>:<account>:parameter/`, the part of an ARN before the name. */
export function arnPrefix(context: ArnContext): string {
  return `arn:${context.partition}:ssm:${context.region}:${context.account}:parameter/`;
}

/** Whether two contexts name the same partition, region and account. */
export function sameArnContext(a: ArnContext, b: ArnContext): boolean {
  return a.partition === b.partition && a.region === b.region && a.account === b.account;
}
