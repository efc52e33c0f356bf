/** Fake Lambda contexts, a fake ops table and a logger for the middleware tests. */
import type { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { ManualClock } from '../../../shared/clock/index.ts';
import { createLogger, SecretRegistry } from '../../../shared/logging/index.ts';
import type { LambdaContext } from '../../../shared/middleware/index.ts';
import type { OpsTable } from '../../../shared/ops-state/index.ts';

let requests = 0;

/** A context as Lambda passes it, with a new request id per call. */
export function fakeContext(overrides: Partial<LambdaContext> = {}): LambdaContext {
  requests += 1;
  return {
    functionName: 'sra-prod-rotation',
    functionVersion: '$LATEST',
    invokedFunctionArn: 'arn:aws:lambda:us-east-1:111122223333:function:sra-prod-rotation',
    memoryLimitInMB: '256',
    awsRequestId: `request-${requests}`,
    getRemainingTimeInMillis: () => 60_000,
    ...overrides,
  };
}

export interface FakeTable {
  table: OpsTable;
  /** Inputs of the commands sent, by command name. */
  sent: Array<{ command: string; input: Record<string, unknown> }>;
}

/** An ops table whose client records commands and answers `{}` (or throws `failWith`). */
export function fakeTable(failWith?: Error): FakeTable {
  const sent: FakeTable['sent'] = [];
  const client = {
    send: async (command: { constructor: { name: string }; input: Record<string, unknown> }) => {
      sent.push({ command: command.constructor.name, input: command.input });
      if (failWith) throw failWith;
      return {};
    },
  };
  return {
    sent,
    table: {
      client: client as unknown as DynamoDBClient,
      tableName: 'ops',
      clock: new ManualClock('2026-04-01T12:00:00.000Z'),
    },
  };
}

export const SECRET = '7c4a8d09ca3762af61e59520943dc264';

/** A logger that redacts `SECRET`. */
export function redactingLogger() {
  const secrets = new SecretRegistry();
  secrets.register(SECRET);
  return { secrets, logger: createLogger({ serviceName: 'sra-test', secrets }) };
}
