/** CloudTrail `LookupEvents` answers: each event carries its record as the JSON string `CloudTrailEvent`. */
import type { PathLayout } from '../../parameter-paths/index.ts';
import { RECORD_SOURCES, SKIP_REASONS } from '../constants.ts';
import type { NormalisedBatch, NormaliseResult } from '../types.ts';
import { collectBatch } from './batch.ts';
import { normaliseRecord } from './core.ts';
import { isObject, nonEmpty, str } from './fields.ts';

const origin = RECORD_SOURCES.lookupEvents;

/**
 * Normalises one `LookupEvents` event: parses its `CloudTrailEvent` string (a second JSON
 * parse) and normalises the record. An event that is not an object, has no
 * `CloudTrailEvent` text, or whose text is not JSON is skipped with the reason. Never throws.
 */
export function normaliseLookupEvent(layout: PathLayout, event: unknown, index?: number): NormaliseResult {
  const at = index === undefined ? { origin } : { origin, index };
  if (!isObject(event)) return skipped(at, SKIP_REASONS.notAnObject, 'the event is not a JSON object');
  const eventId = nonEmpty(event.EventId);
  const body = str(event.CloudTrailEvent);
  if (body === undefined)
    return skipped(at, SKIP_REASONS.missingField, 'CloudTrailEvent is missing', eventId);
  let record: unknown;
  try {
    record = JSON.parse(body);
  } catch {
    return skipped(at, SKIP_REASONS.notJson, 'CloudTrailEvent is not JSON', eventId);
  }
  return normaliseRecord(layout, record, at);
}

/**
 * Normalises a `LookupEvents` answer (`{"Events": [...], "NextToken": ...}`), as the SDK
 * returns it or `aws cloudtrail lookup-events` writes it. A value without an `Events` list
 * gives one `malformed-file` skipped entry. Never throws.
 */
export function normaliseLookupEventsPage(layout: PathLayout, page: unknown): NormalisedBatch {
  const events = isObject(page) ? page.Events : undefined;
  if (!Array.isArray(events)) {
    return {
      records: [],
      skipped: [{ reason: SKIP_REASONS.malformedFile, detail: 'the answer has no "Events" list', origin }],
    };
  }
  return collectBatch(events.map((event, index) => normaliseLookupEvent(layout, event, index)));
}

function skipped(
  at: { origin: typeof origin; index?: number },
  reason: (typeof SKIP_REASONS)[keyof typeof SKIP_REASONS],
  detail: string,
  eventId?: string,
): NormaliseResult {
  return {
    ok: false,
    skipped: { reason, detail, ...at, ...(eventId === undefined ? {} : { eventId }) },
  };
}
