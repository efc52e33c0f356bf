/**
 * What every step of the demo shares: the world, the printer, the alert receiver, the
 * values the demo generated (kept in memory to compare fingerprints, never printed), and
 * the functions' handlers and the operator's engine dependencies over each actor's clients.
 */
import type { Logger } from '@aws-lambda-powertools/logger';
import { createAuditSweepHandler } from '../../functions/audit-sweep.ts';
import { createRotateHandler } from '../../functions/rotate.ts';
import { createAuditEngine, registerAuditAlertKinds } from '../../shared/audit/index.ts';
import { createLogger, SecretRegistry } from '../../shared/logging/index.ts';
import type { RotationDeps } from '../../shared/rotation/index.ts';
import { createTwilioClient, type TwilioClient } from '../../shared/twilio/index.ts';
import type { ActorName } from './constants.ts';
import type { AlertReceiver } from './receiver.ts';
import type { Printer } from './show.ts';
import type { DemoWorld } from './world.ts';

export interface DemoValues {
  cloakKey: string;
  accountSid: string;
  authToken: string;
  verifySid: string;
}

export interface DemoContext {
  readonly world: DemoWorld;
  readonly p: Printer;
  readonly receiver: AlertReceiver;
  readonly twilio: TwilioClient;
  /** What the demo knows about values (the seeded ones and what the application read). */
  readonly values: Partial<DemoValues> & Record<string, string | undefined>;
  readonly secrets: SecretRegistry;
  readonly logger: Logger;
  /** The rotation engine's dependencies with `actor`'s credentials (the operator's CLI run). */
  deps(actor: ActorName, owner: string): RotationDeps;
  /** The rotation function's handler, as deployed, with the tool role's credentials. */
  readonly rotate: ReturnType<typeof createRotateHandler>;
  /** The audit sweep function's handler, as deployed, with the tool role's credentials. */
  readonly sweep: ReturnType<typeof createAuditSweepHandler>;
}

/** Builds the context. Never throws (clients are made lazily by the world). */
export function createDemoContext(world: DemoWorld, p: Printer, receiver: AlertReceiver): DemoContext {
  registerAuditAlertKinds();
  const secrets = new SecretRegistry();
  // The functions' structured logs go to CloudWatch when deployed; the demo keeps its output readable.
  const logger = createLogger({ serviceName: 'sra-demo', secrets, logLevel: 'SILENT' });
  const { config, clock } = world;
  const twilio = createTwilioClient({
    apiBaseUrl: config.twilio.apiBaseUrl,
    accountsBaseUrl: config.twilio.accountsBaseUrl,
  });
  const deps = (actor: ActorName, owner: string): RotationDeps => {
    const c = world.as(actor);
    return {
      config,
      ssm: c.ssm,
      ops: { client: c.dynamodb, tableName: config.table.name, clock, logger },
      sns: c.sns,
      twilio,
      clock,
      logger,
      secrets,
      owner,
    };
  };
  const tool = world.as('tool');
  const { owner: _owner, ...rotateDeps } = deps('tool', 'lambda');
  const rotate = createRotateHandler({ ...rotateDeps, logger, secrets });
  const sweep = createAuditSweepHandler({
    config,
    cloudTrail: tool.cloudTrail,
    ops: { client: tool.dynamodb, tableName: config.table.name, clock, logger },
    sns: tool.sns,
    clock,
    sleep: async (ms) => {
      clock.advance(ms);
    },
    logger,
    secrets,
    engine: createAuditEngine({ policy: config.audit }),
  });
  return { world, p, receiver, twilio, values: {}, secrets, logger, deps, rotate, sweep };
}

let invocation = 0;

/** A Lambda context for one invocation of `functionName`. Never throws. */
export function lambdaContext(functionName: string) {
  invocation += 1;
  return {
    functionName,
    awsRequestId: `demo-${functionName}-${String(invocation).padStart(4, '0')}`,
    getRemainingTimeInMillis: () => 600_000,
  };
}

/** The EventBridge scheduled event that invokes the rotation function's tick. */
export function scheduledEvent(at: Date, aws: { account: string; region: string; partition: string }) {
  return {
    version: '0',
    id: `demo-tick-${at.getTime()}`,
    'detail-type': 'Scheduled Event',
    source: 'aws.events',
    account: aws.account,
    time: `${at.toISOString().slice(0, 19)}Z`,
    region: aws.region,
    resources: [
      `arn:${aws.partition}:events:${aws.region}:${aws.account}:rule/ssm-rotation-audit-demo-rotate-tick`,
    ],
    detail: {},
  };
}
