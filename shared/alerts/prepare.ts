/**
 * Validates alerts as handed in, resolves their severity from the catalogue, redacts
 * registered secret values, and computes their alert key and fingerprint.
 */
import { z } from 'zod';
import { alertKeyOf, fingerprintOf } from './alert-key.ts';
import { type AlertKindSpec, alertKind } from './catalogue.ts';
import { SEVERITIES, type Severity } from './constants.ts';
import { InvalidAlertError } from './errors.ts';
import { redact } from './redact.ts';
import type { Alert } from './types.ts';

const part = z.string().regex(/\S/, 'must not be blank');
const identitySchema = z.discriminatedUnion('scope', [
  z.strictObject({ scope: z.literal('instant'), rule: part, eventId: part }),
  z.strictObject({ scope: z.literal('windowed'), rule: part, principal: part, secret: part }),
  z.strictObject({
    scope: z.literal('lifecycle'),
    condition: part,
    secret: part,
    principal: part.optional(),
  }),
]);
const alertSchema = z.strictObject({
  kind: part,
  severity: z.enum(SEVERITIES).optional(),
  secrets: z.array(part),
  title: part,
  details: z.string(),
  evidence: z.array(part),
  identity: identitySchema,
  facts: z.record(z.string().min(1), z.union([z.string(), z.number(), z.boolean()])).optional(),
});

/** What was left out of an alert to fit one SNS message. */
export interface Omitted {
  readonly characters: number;
  readonly evidence: number;
}

/** A validated alert with everything the publisher derives from it. */
export interface PreparedAlert extends Alert {
  readonly severity: Severity;
  readonly spec: AlertKindSpec;
  readonly alertKey: string;
  readonly fingerprint: string;
  readonly omitted?: Omitted;
}

function redactAlert(alert: Alert, values: readonly string[]): Alert {
  if (values.length === 0) return alert;
  const facts = alert.facts
    ? Object.fromEntries(
        Object.entries(alert.facts).map(([k, v]) => [k, typeof v === 'string' ? redact(v, values) : v]),
      )
    : undefined;
  return {
    ...alert,
    title: redact(alert.title, values),
    details: redact(alert.details, values),
    evidence: alert.evidence.map((e) => redact(e, values)),
    ...(facts === undefined ? {} : { facts }),
  };
}

/**
 * Prepares one alert; `where` names it in messages (e.g. `alerts[2]`). Throws
 * `InvalidAlertError` naming the first bad field, `UnknownAlertKindError` for a kind the
 * catalogue does not know.
 */
export function prepareAlert(input: unknown, secretValues: readonly string[], where: string): PreparedAlert {
  const parsed = alertSchema.safeParse(input);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const path = (issue?.path ?? [])
      .map((p) => (typeof p === 'number' ? `[${p}]` : `.${String(p)}`))
      .join('');
    throw new InvalidAlertError(`${where}${path}: ${issue?.message ?? 'invalid'}`);
  }
  const alert = redactAlert(parsed.data as Alert, secretValues);
  const spec = alertKind(alert.kind);
  const severity = alert.severity ?? spec.severity;
  const alertKey = alertKeyOf(alert.identity);
  return { ...alert, severity, spec, alertKey, fingerprint: fingerprintOf(alert.kind, alertKey, severity) };
}
