/** EventBridge events of detail-type `AWS API Call via CloudTrail`: the record is `detail`. */
import type { PathLayout } from '../../parameter-paths/index.ts';
import { CLOUDTRAIL_DETAIL_TYPE, RECORD_SOURCES, SKIP_REASONS } from '../constants.ts';
import type { NormaliseResult, SkipReason } from '../types.ts';
import { normaliseRecord } from './core.ts';
import { isObject, nonEmpty, obj, str } from './fields.ts';

const origin = RECORD_SOURCES.eventBridge;

/**
 * Normalises one EventBridge event. An event that is not an object, whose `detail-type` is
 * not `AWS API Call via CloudTrail` (`not-cloudtrail-event`), or that has no `detail`
 * object is skipped with the reason; the record in `detail` is normalised as any other.
 * Never throws.
 */
export function normaliseEventBridgeEvent(
  layout: PathLayout,
  event: unknown,
  index?: number,
): NormaliseResult {
  const at = index === undefined ? { origin } : { origin, index };
  if (!isObject(event)) return skipped(at, SKIP_REASONS.notAnObject, 'the event is not a JSON object');
  const detailType = str(event['detail-type']);
  const eventId = nonEmpty(event.id);
  if (detailType !== CLOUDTRAIL_DETAIL_TYPE) {
    const found = detailType === undefined ? 'missing' : JSON.stringify(detailType.slice(0, 80));
    return skipped(
      at,
      SKIP_REASONS.notCloudTrail,
      `detail-type is ${found}, not "${CLOUDTRAIL_DETAIL_TYPE}"`,
      eventId,
    );
  }
  const detail = obj(event.detail);
  if (detail === undefined) return skipped(at, SKIP_REASONS.missingField, 'detail is missing', eventId);
  return normaliseRecord(layout, detail, at);
}

function skipped(
  at: { origin: typeof origin; index?: number },
  reason: SkipReason,
  detail: string,
  eventBridgeId?: string,
): NormaliseResult {
  const suffix = eventBridgeId === undefined ? '' : ` (EventBridge event ${eventBridgeId})`;
  return { ok: false, skipped: { reason, detail: `${detail}${suffix}`, ...at } };
}
