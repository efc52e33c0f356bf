/**
 * The sweep function's payload: the constant input of a scheduled EventBridge rule
 * (`{ "mode": "incremental" }` or `{ "mode": "reconcile" }`), or an operator's window
 * (`{ "mode": "window", "from": ISO, "to": ISO, "alert"?: boolean }`). Strict: an unknown
 * field is refused, and every problem names its field.
 */
import { z } from 'zod';
import type { Clock } from '../../clock/index.ts';
import { LOOKUP_EVENTS } from './constants.ts';
import type { SweepRequest } from './types.ts';

const time = z.iso
  .datetime({ offset: true, message: 'must be an ISO 8601 time with a zone, e.g. 2026-03-01T10:00:00Z' })
  .transform((text) => new Date(text));

/**
 * The schema, checking an operator's window against `clock`: `to` after `from`, not in the
 * future, `from` within the 90 days LookupEvents keeps. Parsing never throws (use
 * `safeParse`); the output is a `SweepRequest`.
 */
export function sweepPayloadSchema(clock: Clock): z.ZodType<SweepRequest, unknown> {
  const windowPayload = z
    .strictObject({ mode: z.literal('window'), from: time, to: time, alert: z.boolean().default(false) })
    .superRefine((value, ctx) => {
      // zod runs this even after a field failed its own check: then there is nothing to compare.
      if (!(value.from instanceof Date && value.to instanceof Date)) return;
      const now = clock.now().getTime();
      if (value.to.getTime() <= value.from.getTime()) {
        ctx.addIssue({ code: 'custom', path: ['to'], message: 'must be after from' });
      }
      if (value.to.getTime() > now) {
        ctx.addIssue({ code: 'custom', path: ['to'], message: 'must not be in the future' });
      }
      if (value.from.getTime() < now - LOOKUP_EVENTS.retentionMs) {
        ctx.addIssue({ code: 'custom', path: ['from'], message: 'must be within the last 90 days' });
      }
    });
  return z.discriminatedUnion('mode', [
    z.strictObject({ mode: z.literal('incremental') }),
    z.strictObject({ mode: z.literal('reconcile') }),
    windowPayload,
  ]);
}
