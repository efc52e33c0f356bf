/**
 * The audit sweep function: the scheduled sweeps (EventBridge rules whose constant input is
 * `{ "mode": "incremental" }` every 15 minutes and `{ "mode": "reconcile" }` daily) and an
 * operator's window (`{ "mode": "window", "from", "to", "alert"? }`), validated, run by
 * `shared/audit/sweep`, answered as a structured summary (an operator's window also gets
 * its findings). Configuration, clients, logger and rule engine are created once per container.
 */

import { type FindingView, findingView } from '../shared/audit/findings/index.ts';
import { createAuditEngine, registerAuditAlertKinds } from '../shared/audit/index.ts';
import {
  runSweep,
  type SweepDeps,
  type SweepSummary,
  SweepWindowError,
  sweepPayloadSchema,
} from '../shared/audit/sweep/index.ts';
import { createAwsClients } from '../shared/aws/index.ts';
import { type Clock, systemClock } from '../shared/clock/index.ts';
import { type Config, loadConfig } from '../shared/config/index.ts';
import { createLogger, SecretRegistry } from '../shared/logging/index.ts';
import { createLambdaHandler, type LambdaContext } from '../shared/middleware/index.ts';

/** What the handler is built from; tests pass clients pointed at the stand-ins and their clock. */
export type AuditSweepHandlerDeps = Omit<SweepDeps, 'owner' | 'logger'> & {
  readonly logger: NonNullable<SweepDeps['logger']>;
  readonly secrets: SecretRegistry;
};

/** The answer: the sweep's summary; an operator's window also lists its findings. */
export type AuditSweepAnswer = SweepSummary & { details?: FindingView[] };

/** Builds the middy handler over `deps`. Never throws. */
export function createAuditSweepHandler(deps: AuditSweepHandlerDeps) {
  return createLambdaHandler(
    async (request, context: LambdaContext): Promise<AuditSweepAnswer> => {
      const remaining = context.getRemainingTimeInMillis?.bind(context);
      const { summary, findings } = await runSweep(
        { ...deps, owner: `lambda:${context.awsRequestId}` },
        request,
        remaining === undefined ? {} : { remainingMs: remaining },
      );
      return request.mode === 'window' ? { ...summary, details: findings.map(findingView) } : summary;
    },
    {
      logger: deps.logger,
      secrets: deps.secrets,
      schema: sweepPayloadSchema(deps.clock),
      known: [{ type: SweepWindowError, code: 'invalid-window' }],
    },
  );
}

/** The deployed dependencies: configuration from the environment, real clients, the system clock. */
function deployedDeps(config: Config = loadConfig(), clock: Clock = systemClock): AuditSweepHandlerDeps {
  registerAuditAlertKinds();
  const clients = createAwsClients(config.aws);
  const secrets = new SecretRegistry();
  const logger = createLogger({ serviceName: 'sra-audit-sweep', secrets });
  return {
    config,
    cloudTrail: clients.cloudTrail,
    ops: { client: clients.dynamodb, tableName: config.table.name, clock, logger },
    sns: clients.sns,
    clock,
    logger,
    secrets,
    engine: createAuditEngine({ policy: config.audit }),
  };
}

let instance: ReturnType<typeof createAuditSweepHandler> | undefined;

/** The Lambda entry point; the dependencies are built on the first invocation of a container. */
export const handler = (event: unknown, context: LambdaContext) => {
  instance ??= createAuditSweepHandler(deployedDeps());
  return instance(event, context as never);
};
