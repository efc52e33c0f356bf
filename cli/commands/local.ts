/**
 * `sra local`: starts the local stand-ins (as `npm run local`, through the same
 * `local/run.ts`), prints the environment to export, and runs until Ctrl-C. It reads no
 * configuration. Exit 0 when stopped by a signal, 2 for a bad port or delay, 3 when the
 * server cannot start (e.g. the port is taken).
 */
import type { Command } from 'commander';
import { EXIT } from '../exit-codes.ts';
import type { CliContext } from '../program.ts';

/** Registers `local` on `program`. */
export function registerLocalCommand(program: Command, context: CliContext): void {
  program
    .command('local')
    .description('start the local stand-ins (SSM, CloudTrail, SNS, Twilio, DynamoDB) until Ctrl-C')
    .option('--port <port>', 'port on 127.0.0.1 (default: SRA_LOCAL_PORT, else 4599; 0 picks a free one)')
    .option('--delivery-delay-ms <ms>', 'CloudTrail delivery delay of recorded calls (default 0)')
    .action(async (flags: { port?: string; deliveryDelayMs?: string }) => {
      try {
        // Loaded on use: the stand-ins (dynalite) are not needed by other commands.
        const { runLocal } = await import('../../local/run.ts');
        await runLocal({ port: flags.port, deliveryDelayMs: flags.deliveryDelayMs }, context.out);
        process.exitCode = EXIT.ok;
      } catch (error) {
        const usage = error instanceof RangeError;
        process.stderr.write(
          `sra local: ${(error as Error).message}\n${
            usage
              ? 'Give --port 0..65535 and --delivery-delay-ms as a whole number of milliseconds.\n'
              : 'Is the port taken? Try --port 0 for a free one, or stop the other server.\n'
          }`,
        );
        process.exitCode = usage ? EXIT.usage : EXIT.failed;
      }
    });
}
