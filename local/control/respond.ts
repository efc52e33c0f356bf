/**
 * Answers of the control API: JSON, and a 400 naming the first invalid field of a payload
 * that zod refused.
 */
import { z } from 'zod';
import type { LocalRequest, LocalResponse } from '../core/service.ts';

export function controlJson(status: number, body: unknown): LocalResponse {
  return { status, headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) };
}

export function controlError(
  status: number,
  error: string,
  details: Record<string, unknown> = {},
): LocalResponse {
  return controlJson(status, { error, ...details });
}

/** The request's JSON body (`{}` when empty); undefined when it is not JSON. */
export function controlBody(req: LocalRequest): unknown {
  const text = req.body.toString('utf8').trim();
  if (text === '') return {};
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

export type Parsed<T> = { ok: true; value: T } | { ok: false; response: LocalResponse };

/** Validates the body with `schema`; a failure is a 400 naming the field (`field`, dotted path). */
export function parseControl<T>(req: LocalRequest, schema: z.ZodType<T>): Parsed<T> {
  const body = controlBody(req);
  if (body === undefined) return { ok: false, response: controlError(400, 'the body is not JSON') };
  return validated(body, schema);
}

/** Like `parseControl` for a body that is one item or a list of them; answers the list. */
export function parseControlItems<T>(req: LocalRequest, item: z.ZodType<T>): Parsed<T[]> {
  const body = controlBody(req);
  if (body === undefined) return { ok: false, response: controlError(400, 'the body is not JSON') };
  if (Array.isArray(body)) return validated(body, z.array(item).min(1));
  const one = validated(body, item);
  return one.ok ? { ok: true, value: [one.value] } : one;
}

function validated<T>(body: unknown, schema: z.ZodType<T>): Parsed<T> {
  const result = schema.safeParse(body);
  if (result.success) return { ok: true, value: result.data };
  const issue = result.error.issues[0];
  const field = issue?.path.map(String).join('.') || '(body)';
  return {
    ok: false,
    response: controlError(400, `invalid ${field}: ${issue?.message ?? 'invalid'}`, { field }),
  };
}
