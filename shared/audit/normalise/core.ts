/**
 * The shared core of the normaliser: one CloudTrail record (an object, whatever the source)
 * to one `AccessRecord`, or a skipped entry with its reason. The source modules only unwrap
 * their envelope and call `normaliseRecord`. Optional fields are present as undefined, so
 * every record has one shape (V8 keeps the rules' property reads fast).
 */
import type { PathLayout } from '../../parameter-paths/index.ts';
import { DENIAL_CODES, PARAMETER_EVENTS, SKIP_REASONS, SSM_EVENT_SOURCE } from '../constants.ts';
import type {
  AccessRecord,
  ManagedTouch,
  NormaliseResult,
  Outcome,
  RecordSource,
  SkipReason,
} from '../types.ts';
import { isObject, nonEmpty, obj, str } from './fields.ts';
import { touchedBy } from './parameters.ts';
import { principalOf } from './principal.ts';
import { resolverFor } from './resolver.ts';
import { sourceOf } from './source.ts';
import { parseEventTime } from './time.ts';

const DENIALS: ReadonlySet<string> = new Set(DENIAL_CODES);

/** Where a record sits in its batch, for the skipped entry. */
export interface RecordPosition {
  origin: RecordSource;
  index?: number;
}

/**
 * Normalises one CloudTrail record. Skips, with the reason: a non-object, a record of
 * another service (`not-ssm-event`, e.g. KMS `Decrypt`), an SSM call that does not concern
 * parameters, a missing id, name, time or identity, an impossible request (more than 10
 * names, a name that breaks the naming rules). Never throws: a defect of its own is
 * reported as `unexpected-error`.
 */
export function normaliseRecord(layout: PathLayout, raw: unknown, at: RecordPosition): NormaliseResult {
  try {
    return normalise(layout, raw, at);
  } catch (error) {
    const detail = error instanceof Error ? `${error.name}: ${error.message}` : 'non-error thrown';
    return skip(at, SKIP_REASONS.unexpected, detail);
  }
}

function normalise(layout: PathLayout, raw: unknown, at: RecordPosition): NormaliseResult {
  if (!isObject(raw)) return skip(at, SKIP_REASONS.notAnObject, 'the record is not a JSON object');
  const eventSource = str(raw.eventSource);
  const eventName = nonEmpty(raw.eventName);
  const eventId = nonEmpty(raw.eventID);
  const ids = { eventId, eventName };
  if (eventSource === undefined) return skip(at, SKIP_REASONS.missingField, 'eventSource is missing', ids);
  if (eventSource !== SSM_EVENT_SOURCE) {
    return skip(
      at,
      SKIP_REASONS.notSsm,
      `eventSource is ${eventSource.slice(0, 100)}, not ${SSM_EVENT_SOURCE}`,
      ids,
    );
  }
  if (eventName === undefined) return skip(at, SKIP_REASONS.missingField, 'eventName is missing', ids);
  const spec = Object.hasOwn(PARAMETER_EVENTS, eventName)
    ? PARAMETER_EVENTS[eventName as keyof typeof PARAMETER_EVENTS]
    : undefined;
  if (spec === undefined) {
    return skip(
      at,
      SKIP_REASONS.notParameterEvent,
      `${eventName.slice(0, 100)} does not concern parameters`,
      ids,
    );
  }
  if (eventId === undefined) return skip(at, SKIP_REASONS.missingField, 'eventID is missing', ids);
  const timeText = str(raw.eventTime);
  if (timeText === undefined) return skip(at, SKIP_REASONS.missingField, 'eventTime is missing', ids);
  const time = parseEventTime(timeText);
  if (time === undefined) {
    return skip(
      at,
      SKIP_REASONS.invalidTime,
      `eventTime ${JSON.stringify(timeText.slice(0, 40))} is not a UTC time`,
      ids,
    );
  }
  const identity = obj(raw.userIdentity);
  if (identity === undefined) return skip(at, SKIP_REASONS.missingField, 'userIdentity is missing', ids);

  const errorCode = nonEmpty(raw.errorCode);
  const errorMessage = str(raw.errorMessage);
  const request = obj(raw.requestParameters);
  const touched = touchedBy(resolverFor(layout), spec.request, request, errorMessage);
  if (!touched.ok) return skip(at, touched.reason, `${eventName}: ${touched.detail}`, ids);

  const principal = principalOf(identity);
  const record: AccessRecord = {
    eventId,
    time,
    eventName,
    access: spec.access,
    outcome: outcomeOf(errorCode),
    parameters: touched.parameters,
    path: touched.path,
    managed: managedOf(touched),
    withDecryption: request !== undefined && request.withDecryption === true,
    principal,
    source: sourceOf(str(raw.sourceIPAddress)),
    userAgent: nonEmpty(raw.userAgent),
    vpcEndpointId: nonEmpty(raw.vpcEndpointId),
    region: str(raw.awsRegion) ?? '',
    account: nonEmpty(raw.recipientAccountId) ?? principal.accountId ?? '',
    error: errorCode === undefined ? undefined : { code: errorCode, message: errorMessage },
    origin: at.origin,
  };
  return { ok: true, record };
}

function outcomeOf(errorCode: string | undefined): Outcome {
  if (errorCode === undefined) return 'success';
  return DENIALS.has(errorCode) ? 'denied' : 'failed';
}

function managedOf(touched: {
  parameters: AccessRecord['parameters'];
  path?: AccessRecord['path'];
}): ManagedTouch {
  if (touched.path === undefined && touched.parameters.every((p) => p.secretId === undefined)) {
    return { secretIds: [], pendingSecretIds: [] };
  }
  const secretIds = new Set<string>(touched.path?.secretIds);
  const pendingSecretIds = new Set<string>(touched.path?.pendingSecretIds);
  for (const p of touched.parameters) {
    if (p.secretId === undefined) continue;
    (p.kind === 'pending' ? pendingSecretIds : secretIds).add(p.secretId);
  }
  return { secretIds: [...secretIds], pendingSecretIds: [...pendingSecretIds] };
}

function skip(
  at: RecordPosition,
  reason: SkipReason,
  detail: string,
  ids: { eventId?: string | undefined; eventName?: string | undefined } = {},
): NormaliseResult {
  const skipped: NormaliseResult & { ok: false } = {
    ok: false,
    skipped: { reason, detail, origin: at.origin },
  };
  if (ids.eventId !== undefined) skipped.skipped.eventId = ids.eventId;
  if (ids.eventName !== undefined) skipped.skipped.eventName = ids.eventName;
  if (at.index !== undefined) skipped.skipped.index = at.index;
  return skipped;
}
