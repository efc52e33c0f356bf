/**
 * What the one server does with each HTTP request: control routes to the control API;
 * otherwise the first service whose `route()` claims it, with any injected fault applied
 * (latency, a dropped connection before or after the call, an error answered in the
 * service's own protocol). Unexpected failures are answered here, in one place, as a 500.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { setTimeout as delay } from 'node:timers/promises';
import { type ControlContext, handleControl, isControlPath } from '../control/router.ts';
import { awsJsonError } from './aws-json.ts';
import type { FaultRegistry } from './faults.ts';
import { readLocalRequest, writeLocalResponse } from './http.ts';
import type { LocalRequest, LocalResponse, LocalService, Route, ServiceError } from './service.ts';

export interface DispatchContext {
  services: ReadonlyMap<string, LocalService>;
  faults: FaultRegistry;
  control: ControlContext;
}

function claim(services: Iterable<LocalService>, req: LocalRequest): [LocalService, Route] | undefined {
  for (const service of services) {
    const route = service.route(req);
    if (route !== undefined) return [service, route];
  }
  return undefined;
}

/** The service's own serialisation of an error, AWS JSON 1.1 when it has none. */
async function errorAnswer(service: LocalService, req: LocalRequest, route: Route, error: ServiceError) {
  return service.error ? await service.error(req, route, error) : awsJsonError(error, req.requestId);
}

/** Serves one request; resolves to undefined when the connection was dropped on purpose. */
async function serve(ctx: DispatchContext, req: LocalRequest): Promise<LocalResponse | undefined> {
  if (isControlPath(req.path)) return handleControl(ctx.control, req);
  const claimed = claim(ctx.services.values(), req);
  if (claimed === undefined) {
    return {
      status: 404,
      headers: { 'content-type': 'text/plain' },
      body: `no local service serves ${req.method} ${req.path}`,
    };
  }
  const [service, route] = claimed;
  const fault = ctx.faults.decide(route);
  if (fault && fault.latencyMs > 0) await delay(fault.latencyMs);
  if (fault?.drop === 'before') return undefined;
  if (fault?.error) return errorAnswer(service, req, route, fault.error);
  try {
    const answer = await service.handle(req, route);
    return fault?.drop === 'after' ? undefined : answer;
  } catch (error) {
    process.stderr.write(
      `local ${route.service} ${route.action} failed: ${(error as Error).stack ?? String(error)}\n`,
    );
    return errorAnswer(service, req, route, {
      status: 500,
      code: 'InternalFailure',
      message: 'An internal error occurred.',
    });
  }
}

export function createRequestHandler(ctx: DispatchContext) {
  return (httpReq: IncomingMessage, httpRes: ServerResponse): void => {
    readLocalRequest(httpReq)
      .then((req) => serve(ctx, req))
      .then((answer) => {
        if (answer === undefined) httpReq.socket.destroy();
        else writeLocalResponse(httpRes, answer);
      })
      .catch((error: unknown) => {
        process.stderr.write(`local server failed: ${(error as Error).stack ?? String(error)}\n`);
        if (!httpRes.headersSent) writeLocalResponse(httpRes, { status: 500, body: 'local server error' });
      });
  };
}
