/**
 * The SNS stand-in (query protocol, XML): topics, subscriptions with the real HTTP/S
 * confirmation handshake, Publish with SNS's limits, delivery to confirmed HTTP/S endpoints,
 * and an outbox of every message. Control routes: see `control.ts`.
 */
import type { LocalService, LocalWorld } from '../core/service.ts';
import { snsControl } from './control.ts';
import { SnsModel } from './model.ts';
import { handleSns, routeSns } from './routes.ts';
import { snsErrorResponse } from './xml.ts';

export { SNS, SNS_LIMITS } from './constants.ts';
export type { DeliveryAttempt, DeliveryRecord, OutboxEntry } from './outbox.ts';

/** Creates the SNS service for the local server; topics live in the world's region and account. */
export function createSnsService(world: LocalWorld): LocalService {
  const model = new SnsModel(world.clock);
  return {
    route: routeSns,
    handle: async (req, route) => handleSns(model, req, route, world),
    error: (req, _route, error) => snsErrorResponse(error, req.requestId),
    reset: () => model.reset(),
    control: (subpath, req) => snsControl(model, subpath, req),
  };
}
