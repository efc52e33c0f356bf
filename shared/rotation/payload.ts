/**
 * The operator payload of the rotation function (and the shape `sra` builds):
 * `{ action, secret, dryRun?, confirm?, now?, versions? }`, validated with zod before
 * anything runs. Each issue names its field; unknown fields are refused.
 */
import { z } from 'zod';
import type { Config } from '../config/index.ts';
import { ROTATION_ACTIONS } from './constants.ts';
import { rotatedSecretIds } from './secret.ts';

const version = z.number().int().min(1);

const fields = z.strictObject({
  action: z.enum(ROTATION_ACTIONS),
  /** A catalog id of a secret with a strategy; optional for `status` (all secrets). */
  secret: z.string().min(1).optional(),
  dryRun: z.boolean().optional(),
  /** Cloak `retire` and `relabel`: the operator's confirmation. */
  confirm: z.boolean().optional(),
  /** Twilio `retire`: skip the grace period (a leaked token). */
  now: z.boolean().optional(),
  /** `relabel`: where `current` and `previous` go. */
  versions: z.strictObject({ current: version, previous: version.optional() }).optional(),
});

export type OperatorPayload = z.output<typeof fields>;

/**
 * The payload schema for a deployment: `secret` must be one of its rotated secrets. Each
 * option is accepted only with the action it belongs to.
 */
export function operatorPayloadSchema(config: Config) {
  const ids = rotatedSecretIds(config);
  return fields.superRefine((p, ctx) => {
    const issue = (path: string, message: string) => ctx.addIssue({ code: 'custom', path: [path], message });
    if (p.secret === undefined && p.action !== 'status')
      issue('secret', `is required for action ${p.action}`);
    if (p.secret !== undefined && !ids.includes(p.secret)) {
      issue('secret', `unknown secret "${p.secret}"; rotated secrets: ${ids.join(', ')}`);
    }
    if (p.action === 'relabel' && p.versions === undefined)
      issue('versions', 'is required for action relabel');
    if (p.action !== 'relabel' && p.versions !== undefined)
      issue('versions', 'applies only to action relabel');
    if (p.action !== 'retire' && p.now !== undefined) issue('now', 'applies only to action retire');
    if (p.action !== 'retire' && p.action !== 'relabel' && p.confirm !== undefined) {
      issue('confirm', 'applies only to actions retire and relabel');
    }
    if (p.action === 'status' && p.dryRun !== undefined)
      issue('dryRun', 'applies only to actions that change something');
  });
}

/** EventBridge's scheduled event (the tick). */
export const scheduledEventSchema = z.looseObject({
  source: z.literal('aws.events'),
  'detail-type': z.literal('Scheduled Event'),
});

/** Whether the event is a scheduled event rather than an operator payload. Never throws. */
export function isScheduledEvent(event: unknown): boolean {
  return (
    typeof event === 'object' && event !== null && (event as Record<string, unknown>).source === 'aws.events'
  );
}

/**
 * What the rotation function accepts: a scheduled event (the tick) or an operator payload,
 * each validated by its own schema so an issue names the operator's field.
 */
export function rotationEventSchema(config: Config) {
  const operator = operatorPayloadSchema(config);
  return z.unknown().transform((event, ctx): RotationEvent => {
    const scheduled = isScheduledEvent(event);
    const parsed = scheduled ? scheduledEventSchema.safeParse(event) : operator.safeParse(event);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        const path = issue.path as PropertyKey[];
        if (issue.code !== 'unrecognized_keys')
          ctx.addIssue({ code: 'custom', path, message: issue.message });
        else
          for (const key of issue.keys)
            ctx.addIssue({ code: 'custom', path: [...path, key], message: 'unknown field' });
      }
      return z.NEVER;
    }
    return scheduled ? { kind: 'tick' } : { kind: 'operator', payload: parsed.data as OperatorPayload };
  });
}

export type RotationEvent = { kind: 'tick' } | { kind: 'operator'; payload: OperatorPayload };
