/**
 * `LookupEvents` over the delivered records: at most one lookup attribute, an inclusive
 * time range (default: the last 90 days up to now), newest first, `MaxResults` 1..50, and
 * a `NextToken` that only works with the same other parameters.
 */
import { decodeToken, encodeToken } from '../core/paging.ts';
import { LOOKUP_ATTRIBUTE_KEYS, LOOKUP_LIMITS } from './constants.ts';
import {
  InvalidEventCategoryException,
  InvalidLookupAttributesException,
  InvalidMaxResultsException,
  InvalidNextTokenException,
  InvalidTimeRangeException,
} from './errors.ts';
import { eventView, resources, username } from './event-view.ts';
import type { CloudTrailRecord } from './record.ts';
import type { StoredRecord } from './store.ts';

type Body = Record<string, unknown>;

function attributeOf(body: Body): { key: string; value: string } | undefined {
  const list = Array.isArray(body.LookupAttributes) ? body.LookupAttributes : [];
  if (list.length > 1) {
    throw new InvalidLookupAttributesException(
      'Currently the list of lookup attributes can contain only one item.',
    );
  }
  if (list.length === 0) return undefined;
  const key = String(list[0]?.AttributeKey ?? '');
  const value = String(list[0]?.AttributeValue ?? '');
  if (!(LOOKUP_ATTRIBUTE_KEYS as readonly string[]).includes(key)) {
    throw new InvalidLookupAttributesException(
      `The attribute key ${key} is not valid. Valid keys: ${LOOKUP_ATTRIBUTE_KEYS.join(', ')}.`,
    );
  }
  if (value.length === 0 || value.length > 2000) {
    throw new InvalidLookupAttributesException('The attribute value must be 1 to 2000 characters.');
  }
  return { key, value };
}

/** A JSON 1.1 timestamp (epoch seconds) or an ISO string, as milliseconds. */
function timeOf(value: unknown, fallback: number): number {
  if (value === undefined || value === null) return fallback;
  return typeof value === 'number' ? value * 1000 : new Date(String(value)).getTime();
}

function matches(record: CloudTrailRecord, { key, value }: { key: string; value: string }): boolean {
  const identity = record.userIdentity as { accessKeyId?: unknown } | undefined;
  const candidates: Record<string, () => unknown[]> = {
    EventId: () => [record.eventID],
    EventName: () => [record.eventName],
    ReadOnly: () => [String(record.readOnly)],
    Username: () => [username(record)],
    ResourceType: () => resources(record).map((resource) => resource.ResourceType),
    ResourceName: () => resources(record).map((resource) => resource.ResourceName),
    EventSource: () => [record.eventSource],
    AccessKeyId: () => [identity?.accessKeyId],
  };
  return candidates[key]?.().includes(value) ?? false;
}

/**
 * One page of events. Throws InvalidLookupAttributesException, InvalidTimeRangeException,
 * InvalidMaxResultsException, InvalidNextTokenException, InvalidEventCategoryException.
 */
export function lookupEvents(delivered: StoredRecord[], body: Body, now: Date): Body {
  const attribute = attributeOf(body);
  const start = timeOf(body.StartTime, now.getTime() - LOOKUP_LIMITS.retentionMs);
  const end = timeOf(body.EndTime, now.getTime());
  if (Number.isNaN(start) || Number.isNaN(end) || start > end) throw new InvalidTimeRangeException();
  const limit = body.MaxResults ?? LOOKUP_LIMITS.defaultMaxResults;
  if (
    typeof limit !== 'number' ||
    !Number.isInteger(limit) ||
    limit < 1 ||
    limit > LOOKUP_LIMITS.maxResults
  ) {
    throw new InvalidMaxResultsException();
  }
  const category = body.EventCategory;
  if (category !== undefined && category !== 'insight')
    throw new InvalidEventCategoryException(String(category));
  const { NextToken: token, ...scope } = body;
  const after = token === undefined ? undefined : decodeToken(String(token), scope);
  if (token !== undefined && !Array.isArray(after)) throw new InvalidNextTokenException();
  const [afterTime, afterSeq] = (after as [number, number] | undefined) ?? [Infinity, Infinity];
  const oldest = now.getTime() - LOOKUP_LIMITS.retentionMs;
  const events = delivered
    .map((stored) => ({ stored, time: new Date(stored.record.eventTime).getTime() }))
    .filter(({ time }) => time >= start && time <= end && time >= oldest)
    .filter(({ stored }) => category === undefined && (!attribute || matches(stored.record, attribute)))
    .sort((a, b) => b.time - a.time || b.stored.seq - a.stored.seq)
    .filter(({ stored, time }) => time < afterTime || (time === afterTime && stored.seq < afterSeq));
  const page = events.slice(0, limit);
  const last = page.at(-1);
  const next =
    events.length > page.length && last
      ? { NextToken: encodeToken(scope, [last.time, last.stored.seq]) }
      : {};
  return { Events: page.map(({ stored }) => eventView(stored.record)), ...next };
}
