/**
 * `GET /_local/clock` answers `{ now }` (ISO, what the product's `RemoteClock` reads);
 * `POST /_local/clock` with `{ set }` (ISO or epoch milliseconds) or `{ advanceMs }` moves
 * it forward (never back).
 */
import { z } from 'zod';
import type { LocalClock } from '../core/clock.ts';
import type { LocalRequest, LocalResponse } from '../core/service.ts';
import { controlError, controlJson, parseControl } from './respond.ts';

const clockBody = z
  .strictObject({
    set: z.union([z.string().min(1), z.number()]).optional(),
    advanceMs: z.number().int().min(0).optional(),
  })
  .refine((body) => (body.set === undefined) !== (body.advanceMs === undefined), {
    message: 'give exactly one of set or advanceMs',
    path: ['set'],
  });

function now(clock: LocalClock): LocalResponse {
  const date = clock.now();
  return controlJson(200, { now: date.toISOString(), epochMs: date.getTime() });
}

export function clockControl(clock: LocalClock, req: LocalRequest): LocalResponse {
  if (req.method === 'GET') return now(clock);
  if (req.method !== 'POST') return controlError(405, 'use GET or POST');
  const parsed = parseControl(req, clockBody);
  if (!parsed.ok) return parsed.response;
  const { set, advanceMs } = parsed.value;
  try {
    if (set !== undefined) clock.set(set);
    else clock.advance(advanceMs ?? 0);
  } catch (error) {
    if (!(error instanceof RangeError)) throw error;
    return controlError(400, `invalid ${set === undefined ? 'advanceMs' : 'set'}: ${error.message}`, {
      field: set === undefined ? 'advanceMs' : 'set',
    });
  }
  return now(clock);
}
