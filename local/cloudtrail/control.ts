/**
 * CloudTrail's control routes: `records` (GET every record with its delivery time; POST
 * raw records to replay, each visible after `deliveryDelayMs`, the setting when absent)
 * and `settings` (GET; POST `deliveryDelayMs`, `lookupRateLimit`).
 */
import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import { controlError, controlJson, parseControl } from '../control/respond.ts';
import type { LocalRequest, LocalResponse } from '../core/service.ts';
import type { CloudTrailRecord } from './record.ts';
import type { TrailStore } from './store.ts';

const rawRecord = z.looseObject({
  eventTime: z.string().refine((time) => !Number.isNaN(new Date(time).getTime()), 'not a time'),
  eventName: z.string().min(1),
  eventSource: z.string().min(1),
  eventID: z.string().min(1).optional(),
});

const appendBody = z.strictObject({
  records: z.array(rawRecord).min(1),
  /** Delay before these records become visible; the setting when absent. */
  deliveryDelayMs: z.number().int().min(0).optional(),
});

const settingsBody = z.strictObject({
  deliveryDelayMs: z.number().int().min(0).optional(),
  lookupRateLimit: z.boolean().optional(),
});

function listRecords(trail: TrailStore, now: number): LocalResponse {
  const records = trail.all().map((stored) => ({
    deliverAt: new Date(stored.deliverAt).toISOString(),
    delivered: stored.deliverAt <= now,
    record: stored.record,
  }));
  return controlJson(200, { records });
}

export function cloudTrailControl(
  trail: TrailStore,
  subpath: string,
  req: LocalRequest,
  now: Date,
): LocalResponse | undefined {
  if (subpath === 'records') {
    if (req.method === 'GET') return listRecords(trail, now.getTime());
    if (req.method !== 'POST') return controlError(405, 'use GET or POST');
    const parsed = parseControl(req, appendBody);
    if (!parsed.ok) return parsed.response;
    const appended = parsed.value.records.map((raw) => {
      const record = { ...raw, eventID: raw.eventID ?? randomUUID() } as CloudTrailRecord;
      const stored = trail.append(record, parsed.value.deliveryDelayMs);
      return { eventID: record.eventID, deliverAt: new Date(stored.deliverAt).toISOString() };
    });
    return controlJson(200, { records: appended });
  }
  if (subpath === 'settings') {
    if (req.method === 'GET') return controlJson(200, trail.settings);
    if (req.method !== 'POST') return controlError(405, 'use GET or POST');
    const parsed = parseControl(req, settingsBody);
    if (!parsed.ok) return parsed.response;
    const change = Object.fromEntries(
      Object.entries(parsed.value).filter(([, value]) => value !== undefined),
    );
    return controlJson(200, trail.configure(change));
  }
  return undefined;
}
