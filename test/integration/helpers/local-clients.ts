/**
 * A fixture for integration tests against the local stand-ins: the one server on a random
 * loopback port, real AWS SDK v3 clients pointed at it (dummy credentials, us-east-1,
 * one attempt so injected errors surface), and `fetch` helpers for the control API.
 *
 *   const h = useLocalHarness();     // one server per file, a fresh world per test
 *   await h.ssm.send(new GetParameterCommand({ Name: '/app/k' }));
 *   await h.control('POST', 'identities', { type: 'IAMUser', ... });
 *
 * or `startLocalHarness()` to manage the server by hand.
 */
import { CloudTrailClient } from '@aws-sdk/client-cloudtrail';
import { SSMClient } from '@aws-sdk/client-ssm';
import { afterAll, beforeAll, beforeEach } from 'vitest';
import { LocalClock } from '../../../local/core/clock.ts';
import { DEFAULT_ACCOUNT_ID, DEFAULT_REGION } from '../../../local/core/world.ts';
import { EXAMPLE_ACCESS_KEY_ID } from '../../../local/identity/registry.ts';
import { type LocalServer, type StartLocalOptions, startLocal } from '../../../local/server.ts';

export const LOCAL_REGION = DEFAULT_REGION;
export const LOCAL_ACCOUNT = DEFAULT_ACCOUNT_ID;
/** The access key of the default identity (IAM user `local-default`, allowed everything). */
export const DEFAULT_ACCESS_KEY_ID = EXAMPLE_ACCESS_KEY_ID;
/** A fixed start for the stand-ins' clock, so expected times are literals. */
export const LOCAL_START = '2026-03-01T10:00:00.000Z';

export interface ClientOptions {
  /** The caller's access key id (an identity seeded through the control API, or any other). */
  accessKeyId?: string;
  /** SDK attempts; 1 (no retry) by default so every error surfaces. */
  maxAttempts?: number;
}

/** The configuration every AWS SDK v3 client uses against `local`. */
export function awsClientConfig(local: Pick<LocalServer, 'url'>, options: ClientOptions = {}) {
  return {
    endpoint: local.url,
    region: LOCAL_REGION,
    credentials: {
      accessKeyId: options.accessKeyId ?? DEFAULT_ACCESS_KEY_ID,
      secretAccessKey: 'local-secret',
    },
    maxAttempts: options.maxAttempts ?? 1,
  };
}

export interface ControlAnswer {
  status: number;
  // biome-ignore lint/suspicious/noExplicitAny: control answers are checked field by field in tests
  body: any;
}

export interface LocalHarness {
  local: LocalServer;
  clock: LocalClock;
  ssm: SSMClient;
  cloudTrail: CloudTrailClient;
  /** A new SSM client, e.g. calling as another identity. */
  ssmAs(options: ClientOptions): SSMClient;
  cloudTrailAs(options: ClientOptions): CloudTrailClient;
  /** `fetch` of `/_local/<path>` with a JSON body; answers the status and the parsed JSON. */
  control(method: string, path: string, body?: unknown): Promise<ControlAnswer>;
  /** `POST /_local/reset`: every service's state, identities and faults are forgotten. */
  reset(): Promise<void>;
  close(): Promise<void>;
}

/** Starts the stand-ins (clock at `LOCAL_START` unless one is given) and builds clients. */
export async function startLocalHarness(options: StartLocalOptions = {}): Promise<LocalHarness> {
  const local = await startLocal({ clock: new LocalClock(LOCAL_START), ...options });
  const clients: Array<{ destroy(): void }> = [];
  const track = <T extends { destroy(): void }>(client: T): T => {
    clients.push(client);
    return client;
  };
  const ssmAs = (opts: ClientOptions) => track(new SSMClient(awsClientConfig(local, opts)));
  const cloudTrailAs = (opts: ClientOptions) => track(new CloudTrailClient(awsClientConfig(local, opts)));
  const control = async (method: string, path: string, body?: unknown): Promise<ControlAnswer> => {
    const init: RequestInit = { method };
    if (body !== undefined) init.body = typeof body === 'string' ? body : JSON.stringify(body);
    const res = await fetch(new URL(path, local.controlUrl), init);
    const text = await res.text();
    return { status: res.status, body: text === '' ? undefined : JSON.parse(text) };
  };
  return {
    local,
    clock: local.clock,
    ssm: ssmAs({}),
    cloudTrail: cloudTrailAs({}),
    ssmAs,
    cloudTrailAs,
    control,
    async reset() {
      const answer = await control('POST', 'reset');
      if (answer.status !== 200) throw new Error(`reset failed: ${answer.status}`);
    },
    async close() {
      for (const client of clients) client.destroy();
      await local.close();
    },
  };
}

/**
 * Registers vitest hooks for the calling file: a server started before all tests, reset
 * before each, closed after all. The harness object is filled in by `beforeAll`.
 */
export function useLocalHarness(options: StartLocalOptions = {}): LocalHarness {
  const harness = {} as LocalHarness;
  beforeAll(async () => {
    Object.assign(harness, await startLocalHarness(options));
  });
  beforeEach(() => harness.reset());
  afterAll(() => harness.close());
  return harness;
}
