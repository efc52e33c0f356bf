/**
 * The audit's real-time function: invoked by an EventBridge rule for detail-type
 * `AWS API Call via CloudTrail` from `aws.ssm` (state `ENABLED_WITH_ALL_CLOUDTRAIL_MANAGEMENT_EVENTS`,
 * so read-only calls arrive too; a trail must exist). Instant rules only; a malformed event
 * is answered as skipped, never thrown. Clients, logger and rule engine are created once
 * per container.
 */
import { z } from 'zod';
import { createAuditEngine, registerAuditAlertKinds } from '../shared/audit/index.ts';
import { evaluateStreamEvent, type StreamDeps, type StreamResult } from '../shared/audit/stream/index.ts';
import { AUDIT_FUNCTIONS } from '../shared/audit/sweep/index.ts';
import { createAwsClients } from '../shared/aws/index.ts';
import { type Clock, systemClock } from '../shared/clock/index.ts';
import { type Config, loadConfig } from '../shared/config/index.ts';
import { createLogger, SecretRegistry } from '../shared/logging/index.ts';
import { createLambdaHandler, type LambdaContext } from '../shared/middleware/index.ts';

/** What the handler is built from; tests pass clients pointed at the stand-ins and their clock. */
export type AuditStreamHandlerDeps = StreamDeps & {
  readonly logger: NonNullable<StreamDeps['logger']>;
  readonly secrets: SecretRegistry;
};

/** Any event is accepted: the normaliser reports what is wrong with it. */
const anyEvent = z.unknown();

/** Builds the middy handler over `deps`. Never throws. */
export function createAuditStreamHandler(deps: AuditStreamHandlerDeps) {
  return createLambdaHandler(async (event): Promise<StreamResult> => evaluateStreamEvent(deps, event), {
    logger: deps.logger,
    secrets: deps.secrets,
    schema: anyEvent,
    lastRun: { table: deps.ops, functionName: AUDIT_FUNCTIONS.stream },
  });
}

/** The deployed dependencies: configuration from the environment, real clients, the system clock. */
function deployedDeps(config: Config = loadConfig(), clock: Clock = systemClock): AuditStreamHandlerDeps {
  registerAuditAlertKinds();
  const clients = createAwsClients(config.aws);
  const secrets = new SecretRegistry();
  const logger = createLogger({ serviceName: 'sra-audit-stream', secrets });
  return {
    config,
    ops: { client: clients.dynamodb, tableName: config.table.name, clock, logger },
    sns: clients.sns,
    logger,
    secrets,
    engine: createAuditEngine({ policy: config.audit }),
  };
}

let instance: ReturnType<typeof createAuditStreamHandler> | undefined;

/** The Lambda entry point; the dependencies are built on the first invocation of a container. */
export const handler = (event: unknown, context: LambdaContext) => {
  instance ??= createAuditStreamHandler(deployedDeps());
  return instance(event, context as never);
};
