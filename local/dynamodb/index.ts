/**
 * The DynamoDB forwarder: requests whose `X-Amz-Target` is `DynamoDB_20120810.<Action>` go
 * to an in-process dynalite and its answers come back verbatim, so the server's fault
 * injection reaches DynamoDB calls too. Not an emulator: dynalite decides every answer
 * (it implements neither `UpdateTimeToLive` nor expiry). Reset deletes every table.
 */
import type { LocalRequest, LocalService, LocalWorld, Route } from '../core/service.ts';
import { DynaliteBackend } from './dynalite-backend.ts';
import { deleteAllTables } from './tables.ts';

const TARGET_PREFIX = 'DynamoDB_20120810.';

export function routeDynamo(req: LocalRequest): Route | undefined {
  const target = req.headers['x-amz-target'];
  if (req.method !== 'POST' || !target?.startsWith(TARGET_PREFIX)) return undefined;
  return { service: 'dynamodb', action: target.slice(TARGET_PREFIX.length) };
}

/** Creates the forwarder; dynalite starts on the first DynamoDB request. */
export function createDynamoService(_world: LocalWorld): LocalService {
  const backend = new DynaliteBackend();
  return {
    route: routeDynamo,
    handle: (req) => backend.exchange(req),
    reset: () => deleteAllTables(backend),
    close: () => backend.close(),
  };
}
