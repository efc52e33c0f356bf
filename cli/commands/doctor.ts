/**
 * `sra doctor [--app-grant <arn pattern>] [--json]`: the pre-flight check of a deployment
 * with the operator's credentials. Exit 0 when no check failed (warnings and skipped checks
 * included), 1 when one failed, 2 for bad usage or configuration.
 */
import type { Command } from 'commander';
import { createAwsClients, destroyAwsClients } from '../../shared/aws/index.ts';
import { createTwilioClient } from '../../shared/twilio/index.ts';
import { defaultAppGrant } from '../doctor/grant.ts';
import { formatDoctor, runDoctor } from '../doctor/run.ts';
import { EXIT } from '../exit-codes.ts';
import type { CliContext } from '../program.ts';
import { cliClock } from '../runtime.ts';

/** Registers `doctor` on `program`. */
export function registerDoctorCommand(program: Command, context: CliContext): void {
  program
    .command('doctor')
    .description('pre-flight check of a deployment: parameters, grant, Twilio, table, topic, trail')
    .option(
      '--app-grant <pattern>',
      "the application's IAM resource pattern (default arn:...:parameter<root>/*)",
    )
    .option('--json', 'print JSON')
    .action(async (flags: { appGrant?: string; json?: boolean }) => {
      const config = context.config();
      if (flags.appGrant !== undefined && !flags.appGrant.startsWith('arn:')) {
        process.stderr.write(
          `sra doctor: --app-grant must be an IAM resource ARN pattern such as ${defaultAppGrant({ config })}\n`,
        );
        process.exitCode = EXIT.usage;
        return;
      }
      const clients = createAwsClients(config.aws);
      try {
        const deps = {
          config,
          ...clients,
          twilio: createTwilioClient(config.twilio),
          clock: await cliClock(process.env.SRA_LOCAL_CONTROL_URL),
          appGrant: flags.appGrant ?? defaultAppGrant({ config }),
        };
        const report = await runDoctor(deps, (c) => {
          if (!flags.json && process.stderr.isTTY) process.stderr.write(`\x1b[2Kchecked ${c.check}\r`);
        });
        if (!flags.json && process.stderr.isTTY) process.stderr.write('\x1b[2K');
        context.out(flags.json ? `${JSON.stringify(report, null, 2)}\n` : formatDoctor(report));
        process.exitCode = report.ok ? EXIT.ok : EXIT.attention;
      } finally {
        destroyAwsClients(clients);
      }
    });
}
