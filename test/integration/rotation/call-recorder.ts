/**
 * Records, and optionally kills, an invocation's service calls. Every AWS SDK call of the
 * product's clients is recorded by service and action (the stand-ins' fault-injection
 * names); Twilio calls by the stand-in's operation ids. The crash switch simulates the
 * process dying at a call: the first dropped connection (a fault injected `drop: before`
 * or `after`) sets it, and from then on every call of the invocation fails at once without
 * reaching the server, as nothing more happens after a crash.
 */
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { SNSClient } from '@aws-sdk/client-sns';
import { SSMClient } from '@aws-sdk/client-ssm';
import type { FetchLike, TwilioClient } from '../../../shared/twilio/index.ts';
import { awsClientConfig } from '../helpers/local-clients.ts';
import type { RotationFixture } from './rotation-fixture.ts';

export interface ServiceCall {
  service: 'ssm' | 'dynamodb' | 'sns' | 'twilio';
  action: string;
}

/** Thrown for every call after the simulated crash. */
export class SimulatedCrash extends Error {
  override name = 'SimulatedCrash';
}

export interface Recorder {
  readonly calls: readonly ServiceCall[];
  readonly crashed: boolean;
  readonly clients: { ssm: SSMClient; dynamodb: DynamoDBClient; sns: SNSClient };
  readonly fetch: FetchLike;
  readonly twilio: TwilioClient;
  /** Nothing to free: the clients belong to the fixture (see `closeRecorders`). */
  close(): void;
}

const TWILIO_ACTIONS: Array<[string, RegExp, string]> = [
  ['POST', /\/v1\/AuthTokens\/Secondary$/, 'CreateSecondaryAuthToken'],
  ['DELETE', /\/v1\/AuthTokens\/Secondary$/, 'DeleteSecondaryAuthToken'],
  ['POST', /\/v1\/AuthTokens\/Promote$/, 'UpdateAuthTokenPromotion'],
  ['GET', /\/2010-04-01\/Accounts\/[^/]+\.json$/, 'FetchAccount'],
];

/**
 * Clients that record and crash-switch calls, made once per fixture (building SDK clients
 * is slow) and re-armed for each invocation by `recordCalls`.
 */
interface SwitchedClients {
  state: { calls: ServiceCall[]; crashed: boolean };
  clients: Recorder['clients'];
  fetch: FetchLike;
  twilio: TwilioClient;
}

const made = new WeakMap<RotationFixture, SwitchedClients>();

function switchedClients(fx: RotationFixture): SwitchedClients {
  const known = made.get(fx);
  if (known !== undefined) return known;
  const state = { calls: [] as ServiceCall[], crashed: false };
  const config = awsClientConfig(fx.h.local, { maxAttempts: 3 });
  const clients = {
    ssm: new SSMClient(config),
    dynamodb: new DynamoDBClient(config),
    sns: new SNSClient(config),
  };
  for (const [service, client] of Object.entries(clients) as [ServiceCall['service'], SSMClient][]) {
    client.middlewareStack.add(
      (next, context) => async (args) => {
        if (state.crashed) throw new SimulatedCrash('the invocation died');
        state.calls.push({ service, action: String(context.commandName).replace(/Command$/, '') });
        try {
          return await next(args);
        } catch (error) {
          if (isDropped(error)) state.crashed = true;
          throw error;
        }
      },
      { step: 'deserialize', priority: 'high', name: 'crashSwitch' },
    );
  }
  const fetchWithSwitch: FetchLike = async (input, init) => {
    if (state.crashed) throw new SimulatedCrash('the invocation died');
    const method = init.method ?? 'GET';
    const path = new URL(input).pathname;
    const action = TWILIO_ACTIONS.find(([m, pattern]) => m === method && pattern.test(path))?.[2];
    state.calls.push({ service: 'twilio', action: action ?? `${method} ${path}` });
    try {
      return await fetch(input, init);
    } catch (error) {
      state.crashed = true;
      throw error;
    }
  };
  const switched = { state, clients, fetch: fetchWithSwitch, twilio: fx.twilioWith(fetchWithSwitch) };
  made.set(fx, switched);
  return switched;
}

/** Arms the fixture's switched clients for one invocation: no calls yet, not crashed. */
export function recordCalls(fx: RotationFixture): Recorder {
  const switched = switchedClients(fx);
  switched.state.calls = [];
  switched.state.crashed = false;
  const { state } = switched;
  return {
    get calls() {
      return state.calls;
    },
    get crashed() {
      return state.crashed;
    },
    clients: switched.clients,
    fetch: switched.fetch,
    twilio: switched.twilio,
    close: () => {},
  };
}

/** Closes the switched clients of a fixture, if any were made. */
export function closeRecorders(fx: RotationFixture): void {
  const switched = made.get(fx);
  if (switched === undefined) return;
  for (const client of Object.values(switched.clients)) client.destroy();
  made.delete(fx);
}

/** A connection closed without an answer (what `drop` faults do). */
function isDropped(error: unknown): boolean {
  const e = error as {
    code?: string;
    name?: string;
    message?: string;
    $metadata?: { httpStatusCode?: number };
  };
  if (e.$metadata?.httpStatusCode !== undefined) return false;
  return /ECONNRESET|socket hang up|EPIPE|other side closed/i.test(
    `${e.code ?? ''} ${e.name ?? ''} ${e.message ?? ''}`,
  );
}

/** The deps of one invocation over the recorder's clients. */
export function recordedDeps(fx: RotationFixture, recorder: Recorder) {
  return fx.deps({
    ssm: recorder.clients.ssm,
    ops: { client: recorder.clients.dynamodb, tableName: fx.table.tableName, clock: fx.clock },
    sns: recorder.clients.sns,
    twilio: recorder.twilio,
  });
}

/** Each call with its 1-based position among the calls of the same service and action. */
export function numbered(calls: readonly ServiceCall[]): Array<ServiceCall & { nth: number }> {
  const seen = new Map<string, number>();
  return calls.map((call) => {
    const key = `${call.service}/${call.action}`;
    const nth = (seen.get(key) ?? 0) + 1;
    seen.set(key, nth);
    return { ...call, nth };
  });
}
