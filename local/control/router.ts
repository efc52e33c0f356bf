/**
 * The control API under `/_local/` (a path no real service uses): reset, the clock,
 * identities, faults, and each service's own routes under `/_local/<service>/...`
 * (`/_local/ssm/parameters`, `/_local/cloudtrail/records`, `/_local/sns/...`).
 */
import type { FaultRegistry } from '../core/faults.ts';
import type { LocalRequest, LocalResponse, LocalService, LocalWorld } from '../core/service.ts';
import { clockControl } from './clock.ts';
import { faultsControl } from './faults.ts';
import { identitiesControl } from './identities.ts';
import { controlError, controlJson } from './respond.ts';

export const CONTROL_PREFIX = '/_local/';

export interface ControlContext {
  world: LocalWorld;
  faults: FaultRegistry;
  services: ReadonlyMap<string, LocalService>;
  /** Forgets every service's state, the seeded identities and the faults (the clock stays). */
  reset(): Promise<void>;
}

const ENDPOINTS = [
  'POST /_local/reset',
  'GET|POST /_local/clock',
  'GET|POST /_local/identities',
  'GET|POST|DELETE /_local/faults, DELETE /_local/faults/<id>',
  'POST /_local/ssm/parameters',
  'GET|POST /_local/cloudtrail/records',
  'GET|POST /_local/cloudtrail/settings',
];

export function isControlPath(path: string): boolean {
  return path === '/_local' || path.startsWith(CONTROL_PREFIX);
}

export async function handleControl(ctx: ControlContext, req: LocalRequest): Promise<LocalResponse> {
  const [head = '', ...rest] = req.path.slice(CONTROL_PREFIX.length).split('/');
  const subpath = rest.join('/');
  switch (head) {
    case '':
      return controlJson(200, { services: [...ctx.services.keys()], endpoints: ENDPOINTS });
    case 'reset':
      if (req.method !== 'POST') return controlError(405, 'use POST');
      await ctx.reset();
      return controlJson(200, { reset: true, now: ctx.world.clock.now().toISOString() });
    case 'clock':
      return clockControl(ctx.world.clock, req);
    case 'identities':
      return identitiesControl(ctx.world.identities, req);
    case 'faults':
      return faultsControl(ctx.faults, [...ctx.services.keys()], subpath, req);
    default: {
      const answer = await ctx.services.get(head)?.control?.(subpath, req);
      return answer ?? controlError(404, `no control route ${req.method} ${req.path}`);
    }
  }
}
