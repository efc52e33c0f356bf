/**
 * The one loopback server of the local stand-ins: SSM, CloudTrail, and (through their own
 * modules) SNS, Twilio and DynamoDB, behind one port, with the control API under
 * `/_local/`. Tests start it in-process; `npm run local` starts it from the command line.
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createCloudTrailService } from './cloudtrail/index.ts';
import type { ControlContext } from './control/router.ts';
import type { LocalClock } from './core/clock.ts';
import { createRequestHandler } from './core/dispatch.ts';
import { FaultRegistry } from './core/faults.ts';
import type { LocalService, LocalWorld } from './core/service.ts';
import { createWorld } from './core/world.ts';
import { createDynamoService } from './dynamodb/index.ts';
import { createSnsService } from './sns/index.ts';
import { createSsmService } from './ssm/index.ts';
import { createTwilioService } from './twilio/index.ts';

export interface StartLocalOptions {
  /** The port on 127.0.0.1; 0 (the default) picks a free one. */
  port?: number | undefined;
  /** The clock the stand-ins follow; a new one at the current time when absent. */
  clock?: LocalClock | undefined;
  /** CloudTrail's delivery delay for recorded calls (default 0). */
  deliveryDelayMs?: number | undefined;
  /** The region every ARN and record names (default `us-east-1`). */
  region?: string | undefined;
  /** The account that owns everything (default `111122223333`). */
  accountId?: string | undefined;
}

export interface LocalServer {
  /** `http://127.0.0.1:<port>`: the endpoint for every AWS SDK client and for Twilio. */
  url: string;
  /** `http://127.0.0.1:<port>/_local/` (with the trailing slash relative URLs need). */
  controlUrl: string;
  clock: LocalClock;
  world: LocalWorld;
  /** Closes the server, its connections and every service. */
  close(): Promise<void>;
}

/**
 * REGISTRATION LIST: every service by its fault-injection name, in the order they are
 * asked to claim a request. A new stand-in joins here with its factory.
 */
async function createServices(world: LocalWorld): Promise<Map<string, LocalService>> {
  return new Map<string, LocalService>([
    ['ssm', createSsmService(world)],
    ['cloudtrail', createCloudTrailService(world)],
    ['dynamodb', createDynamoService(world)],
    ['sns', createSnsService(world)],
    ['twilio', createTwilioService(world)],
  ]);
}

/** Starts the server. Rejects when the port is taken or an option is invalid. */
export async function startLocal(options: StartLocalOptions = {}): Promise<LocalServer> {
  const world = createWorld(options);
  const services = await createServices(world);
  const faults = new FaultRegistry();
  const control: ControlContext = {
    world,
    faults,
    services,
    async reset() {
      for (const service of services.values()) await service.reset();
      world.identities.reset();
      faults.clear();
    },
  };
  const server = createServer(createRequestHandler({ services, faults, control }));
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => {
      server.off('error', reject);
      resolve();
    });
  });
  const { port } = server.address() as AddressInfo;
  const url = `http://127.0.0.1:${port}`;
  return {
    url,
    controlUrl: `${url}/_local/`,
    clock: world.clock,
    world,
    async close() {
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      server.closeAllConnections();
      await closed;
      for (const service of services.values()) await service.close?.();
    },
  };
}
