/**
 * A record as `LookupEvents` returns it: `Events[]` with `EventId`, `EventName`,
 * `ReadOnly` (the string "true"/"false"), `AccessKeyId`, `EventTime` (epoch seconds),
 * `EventSource`, `Username`, `Resources[{ResourceType, ResourceName}]` and the whole
 * record as a JSON string in `CloudTrailEvent` (corpus sample 20).
 */
import { epochSeconds } from '../core/aws-json.ts';
import type { CloudTrailRecord } from './record.ts';

type Json = Record<string, unknown>;

function field(value: unknown, key: string): unknown {
  return value !== null && typeof value === 'object' ? (value as Json)[key] : undefined;
}

function text(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined;
}

/** Event history's user name: the session name of a role session, `root`, or the user name. */
export function username(record: CloudTrailRecord): string | undefined {
  const identity = record.userIdentity;
  const type = field(identity, 'type');
  if (type === 'Root') return 'root';
  if (type === 'AssumedRole') return text(field(identity, 'arn'))?.split('/').at(-1);
  return text(field(identity, 'userName'));
}

/** The name a resource ARN carries: `parameter/a/b` is `/a/b`, `parameter/x` is `x`. */
function resourceName(arn: string): string {
  const parameter = /^arn:[^:]+:ssm:[^:]*:\d*:parameter\/(.+)$/.exec(arn)?.[1];
  if (parameter === undefined) return arn;
  return parameter.includes('/') ? `/${parameter}` : parameter;
}

export function resources(record: CloudTrailRecord): Array<{ ResourceType?: string; ResourceName: string }> {
  const listed = Array.isArray(record.resources) ? record.resources : [];
  return listed.flatMap((resource: unknown) => {
    const arn = text(field(resource, 'ARN')) ?? text(field(resource, 'arn'));
    if (arn === undefined) return [];
    const type = text(field(resource, 'type')) ?? (arn.includes(':ssm:') ? 'AWS::SSM::Parameter' : undefined);
    return [{ ...(type === undefined ? {} : { ResourceType: type }), ResourceName: resourceName(arn) }];
  });
}

export function eventView(record: CloudTrailRecord): Json {
  const readOnly = record.readOnly;
  const accessKeyId = text(field(record.userIdentity, 'accessKeyId'));
  const user = username(record);
  return {
    EventId: record.eventID,
    EventName: record.eventName,
    ...(readOnly === undefined ? {} : { ReadOnly: String(readOnly) }),
    ...(accessKeyId === undefined ? {} : { AccessKeyId: accessKeyId }),
    EventTime: epochSeconds(new Date(record.eventTime)),
    EventSource: record.eventSource,
    ...(user === undefined ? {} : { Username: user }),
    Resources: resources(record),
    CloudTrailEvent: JSON.stringify(record),
  };
}
