/**
 * `sra demo` / `npm run demo`: the whole job on the local stand-ins, step by step, with no
 * AWS account. Everything it starts (the stand-ins, the alert receiver, the SDK clients) is
 * closed before it returns, also when a step fails.
 */
import type { AuditSweepAnswer } from '../../functions/audit-sweep.ts';
import { createDemoContext } from './context.ts';
import { startAlertReceiver } from './receiver.ts';
import { createPrinter } from './show.ts';
import { auditSweep, strangerReads } from './steps-audit.ts';
import { finalStatus, printAlerts } from './steps-report.ts';
import { tickRetires } from './steps-retire.ts';
import { appBoots, appRereads, operatorRotates, tickAdopts } from './steps-rotation.ts';
import { createParameters, seedIdentities, subscribeReceiver } from './steps-setup.ts';
import { startDemoWorld } from './world.ts';

export interface DemoOutcome {
  /** The sweep's summary (findings by rule). */
  readonly sweep: AuditSweepAnswer;
  /** The alert documents the receiver got (JSON), in order. */
  readonly alertDocuments: readonly string[];
  readonly alertSubjects: readonly string[];
  /**
   * Every secret value the demo made or read (in memory only, never printed): for a test's
   * secret scan of the output.
   */
  readonly secretValues: readonly string[];
}

/** Runs the demo, printing through `out`. Throws when a step fails (after closing everything). */
export async function runDemo(out: (text: string) => void): Promise<DemoOutcome> {
  const p = createPrinter(out);
  const world = await startDemoWorld();
  const receiver = await startAlertReceiver().catch(async (error: unknown) => {
    await world.close();
    throw error;
  });
  const ctx = createDemoContext(world, p, receiver);
  try {
    out('ssm-rotation-audit demo: the whole job on local stand-ins (no AWS account, no Twilio account)\n');
    p.step(
      'Local stand-ins started in-process',
      'One loopback server speaks SSM, CloudTrail, SNS, Twilio and DynamoDB (dynalite) to the real ' +
        'SDK clients. The product and the stand-ins share one clock, so the demo can skip a day.',
    );
    p.line(
      `endpoint ${world.local.url}, account ${world.config.aws.account}, region ${world.config.aws.region}`,
    );
    p.line(
      `clock ${world.clock.now().toISOString()}, ops table ${world.config.table.name}, topic ${world.topicArn}`,
    );
    await seedIdentities(ctx);
    await createParameters(ctx);
    await subscribeReceiver(ctx);
    await appBoots(ctx);
    await tickAdopts(ctx);
    await operatorRotates(ctx, 'cloak-key');
    await operatorRotates(ctx, 'twilio-auth-token');
    await appRereads(ctx);
    await tickRetires(ctx);
    await strangerReads(ctx);
    const sweep = await auditSweep(ctx);
    await printAlerts(ctx);
    await finalStatus(ctx);
    out('\nDone: everything above ran against the stand-ins; nothing is left running.\n');
    return {
      sweep,
      alertDocuments: receiver.received.map((r) => r.document),
      alertSubjects: receiver.received.map((r) => r.subject),
      secretValues: [...new Set(Object.values(ctx.values).filter((v): v is string => v !== undefined))],
    };
  } finally {
    await receiver.close();
    await world.close();
  }
}
