/**
 * `/_local/faults`: POST one fault (or a list), GET them with their counts, DELETE all or
 * `DELETE /_local/faults/<id>` one.
 */
import { z } from 'zod';
import type { FaultRegistry, FaultSpec } from '../core/faults.ts';
import type { LocalRequest, LocalResponse } from '../core/service.ts';
import { controlError, controlJson, parseControlItems } from './respond.ts';

/** Messages of injected errors whose message was not given. */
const DEFAULT_MESSAGES: Record<string, string> = {
  ThrottlingException: 'Rate exceeded',
  TooManyUpdates: 'There are concurrent updates for a resource that supports one update at a time.',
  InternalServerError: 'An error occurred on the server side.',
};

function faultSchema(services: readonly string[]) {
  return z
    .strictObject({
      service: z.string().refine((name) => services.includes(name), `one of ${services.join(', ')}`),
      action: z.string().min(1).default('*'),
      error: z
        .strictObject({
          code: z.string().min(1),
          status: z.number().int().min(400).max(599).default(400),
          message: z.string().optional(),
        })
        .optional(),
      latencyMs: z.number().int().min(0).max(60_000).optional(),
      drop: z.enum(['before', 'after']).optional(),
      nth: z.number().int().min(1).optional(),
      times: z.number().int().min(1).optional(),
    })
    .refine((fault) => fault.error || fault.latencyMs !== undefined || fault.drop, {
      message: 'a fault needs an error, latencyMs or drop',
      path: ['error'],
    });
}

export function faultsControl(
  faults: FaultRegistry,
  services: readonly string[],
  subpath: string,
  req: LocalRequest,
): LocalResponse {
  if (subpath !== '') {
    if (req.method !== 'DELETE') return controlError(405, 'use DELETE');
    return faults.remove(subpath)
      ? controlJson(200, { removed: subpath })
      : controlError(404, `no fault ${subpath}`);
  }
  if (req.method === 'GET') return controlJson(200, { faults: faults.list() });
  if (req.method === 'DELETE') {
    faults.clear();
    return controlJson(200, { faults: [] });
  }
  if (req.method !== 'POST') return controlError(405, 'use GET, POST or DELETE');
  const parsed = parseControlItems(req, faultSchema(services));
  if (!parsed.ok) return parsed.response;
  const added = parsed.value.map((fault) => {
    const error = fault.error && {
      ...fault.error,
      message: fault.error.message ?? DEFAULT_MESSAGES[fault.error.code] ?? fault.error.code,
    };
    return faults.add({ ...fault, error } as FaultSpec);
  });
  return controlJson(200, { faults: added });
}
