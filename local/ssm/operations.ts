/**
 * The SSM operations the stand-in serves, with what IAM and CloudTrail need to know of
 * each: whether it is read-only, and which parameter ARNs a request touches.
 */
import type { LocalWorld } from '../core/service.ts';
import type { SsmCall, SsmOutcome } from './call.ts';
import type { Body } from './input.ts';
import { deleteParameter, labelParameterVersion, unlabelParameterVersion } from './labelling.ts';
import { describeParameters, getParametersByPath } from './listing.ts';
import { parameterArn, referenceArn } from './names.ts';
import { putParameter } from './put.ts';
import { getParameter, getParameterHistory, getParameters } from './reads.ts';

export interface SsmOperation {
  run(call: SsmCall): SsmOutcome;
  readOnly: boolean;
  /** Whether a successful call's record lists the named parameters in `resources`. */
  recordsResources: boolean;
}

export const SSM_OPERATIONS: Readonly<Record<string, SsmOperation>> = {
  GetParameter: { run: getParameter, readOnly: true, recordsResources: true },
  GetParameters: { run: getParameters, readOnly: true, recordsResources: true },
  GetParametersByPath: { run: getParametersByPath, readOnly: true, recordsResources: false },
  GetParameterHistory: { run: getParameterHistory, readOnly: true, recordsResources: true },
  DescribeParameters: { run: describeParameters, readOnly: true, recordsResources: false },
  PutParameter: { run: putParameter, readOnly: false, recordsResources: true },
  LabelParameterVersion: { run: labelParameterVersion, readOnly: false, recordsResources: true },
  UnlabelParameterVersion: { run: unlabelParameterVersion, readOnly: false, recordsResources: true },
  DeleteParameter: { run: deleteParameter, readOnly: false, recordsResources: true },
};

/** The operation of that name, if the stand-in serves it. */
export function ssmOperation(action: string): SsmOperation | undefined {
  return Object.hasOwn(SSM_OPERATIONS, action) ? SSM_OPERATIONS[action] : undefined;
}

/**
 * The resources IAM evaluates for a request: each named parameter's ARN (without
 * selector), the path's ARN for GetParametersByPath (trailing slash kept, as AWS's
 * denials show it), `arn:aws:ssm:<region>:<account>:*` for DescribeParameters. Empty when
 * the request names nothing (its validation then fails).
 */
export function requestResources(action: string, body: Body, world: LocalWorld): string[] {
  const { region, accountId } = world;
  if (action === 'DescribeParameters') return [`arn:aws:ssm:${region}:${accountId}:*`];
  if (action === 'GetParametersByPath') {
    return typeof body.Path === 'string' ? [parameterArn(region, accountId, body.Path)] : [];
  }
  const names = action === 'GetParameters' ? body.Names : [body.Name];
  if (!Array.isArray(names)) return [];
  const arns = names
    .filter((name) => typeof name === 'string')
    .map((name) => referenceArn(name, region, accountId));
  return [...new Set(arns)];
}
