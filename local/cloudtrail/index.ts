/**
 * The CloudTrail stand-in: `LookupEvents` only (AWS JSON 1.1), over the records the
 * audited services append to the world's trail. The caller needs `cloudtrail:LookupEvents`
 * in its allow list; with the rate limit on, a third call within a second is throttled.
 */
import { AccessDeniedException, AwsError, UnknownOperationException } from '../core/aws-error.ts';
import { awsJson, awsJsonError, parseJsonObject, targetOperation } from '../core/aws-json.ts';
import type { LocalRequest, LocalResponse, LocalService, LocalWorld, Route } from '../core/service.ts';
import { CLOUDTRAIL_TARGET_PREFIXES, LOOKUP_LIMITS } from './constants.ts';
import { cloudTrailControl } from './control.ts';
import { ThrottlingException } from './errors.ts';
import { lookupEvents } from './lookup.ts';
import { RateLimiter } from './rate-limit.ts';

export function createCloudTrailService(world: LocalWorld): LocalService {
  const limiter = new RateLimiter(LOOKUP_LIMITS.requestsPerSecond);

  function lookup(req: LocalRequest): LocalResponse {
    const identity = world.identities.resolve(req.accessKeyId);
    const denial = world.identities.authorize(identity, 'cloudtrail:LookupEvents', '*');
    if (denial !== undefined) throw new AccessDeniedException(denial);
    if (world.trail.settings.lookupRateLimit && !limiter.take()) throw new ThrottlingException();
    const body = parseJsonObject(req);
    return awsJson(lookupEvents(world.trail.delivered(), body, world.clock.now()), req.requestId);
  }

  return {
    route(req: LocalRequest): Route | undefined {
      const action = targetOperation(req, CLOUDTRAIL_TARGET_PREFIXES);
      return action === undefined ? undefined : { service: 'cloudtrail', action };
    },

    async handle(req: LocalRequest, route: Route): Promise<LocalResponse> {
      try {
        if (route.action !== 'LookupEvents') throw new UnknownOperationException();
        return lookup(req);
      } catch (error) {
        if (!(error instanceof AwsError)) throw error;
        return awsJsonError(error, req.requestId);
      }
    },

    reset(): void {
      world.trail.reset();
      limiter.reset();
    },

    async control(subpath: string, req: LocalRequest): Promise<LocalResponse | undefined> {
      return cloudTrailControl(world.trail, subpath, req, world.clock.now());
    },
  };
}
