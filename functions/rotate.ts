/**
 * The rotation function: the scheduled tick (an EventBridge scheduled event) and the
 * operator actions (`{ action, secret, dryRun?, confirm?, now?, versions? }`), validated,
 * run by `shared/rotation`, answered as a structured result without secret values.
 * Configuration, clients, logger and Twilio client are created once per container.
 */
import { createAwsClients } from '../shared/aws/index.ts';
import { type Clock, systemClock } from '../shared/clock/index.ts';
import { type Config, loadConfig } from '../shared/config/index.ts';
import { createLogger, SecretRegistry } from '../shared/logging/index.ts';
import { createLambdaHandler, type LambdaContext } from '../shared/middleware/index.ts';
import {
  type ActionResult,
  ROTATION_FUNCTION,
  type RotationDeps,
  RotationError,
  rotationEventSchema,
  runAction,
  type StatusResult,
  type TickResult,
  tick,
} from '../shared/rotation/index.ts';
import { createTwilioClient } from '../shared/twilio/index.ts';

/** What the handler is built from; tests pass clients pointed at the stand-ins and their clock. */
export type RotateHandlerDeps = Omit<RotationDeps, 'owner' | 'logger' | 'secrets'> & {
  readonly logger: NonNullable<RotationDeps['logger']>;
  readonly secrets: SecretRegistry;
};

/** What the function answers: the tick's, an action's or `status`'s result, or a refusal. */
export type RotationResult = TickResult | ActionResult | StatusResult;

/** Builds the middy handler over `deps`. Never throws. */
export function createRotateHandler(deps: RotateHandlerDeps) {
  return createLambdaHandler(
    async (event, context: LambdaContext): Promise<RotationResult> => {
      const run: RotationDeps = { ...deps, owner: `lambda:${context.awsRequestId}` };
      if (event.kind === 'tick') return tick(run);
      return runAction(run, event.payload, { rotationId: context.awsRequestId });
    },
    {
      logger: deps.logger,
      secrets: deps.secrets,
      schema: rotationEventSchema(deps.config),
      known: [{ type: RotationError, code: 'rotation-refused' }],
      lastRun: { table: deps.ops, functionName: ROTATION_FUNCTION },
    },
  );
}

/** The deployed dependencies: configuration from the environment, real clients, the system clock. */
function deployedDeps(config: Config = loadConfig(), clock: Clock = systemClock): RotateHandlerDeps {
  const clients = createAwsClients(config.aws);
  const secrets = new SecretRegistry();
  const logger = createLogger({ serviceName: 'sra-rotation', secrets });
  return {
    config,
    ssm: clients.ssm,
    ops: { client: clients.dynamodb, tableName: config.table.name, clock, logger },
    sns: clients.sns,
    twilio: createTwilioClient(config.twilio),
    clock,
    logger,
    secrets,
  };
}

let instance: ReturnType<typeof createRotateHandler> | undefined;

/** The Lambda entry point; the dependencies are built on the first invocation of a container. */
export const handler = (event: unknown, context: LambdaContext) => {
  instance ??= createRotateHandler(deployedDeps());
  return instance(event, context as never);
};
