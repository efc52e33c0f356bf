/**
 * `sra demo`: runs the whole story on in-process stand-ins (no AWS account needed). It reads
 * no configuration: the demo builds its own. Exit 0 when it ran to the end, 3 when a step failed.
 */
import type { Command } from 'commander';
import { EXIT } from '../exit-codes.ts';
import type { CliContext } from '../program.ts';

/** Registers `demo` on `program`. */
export function registerDemoCommand(program: Command, context: CliContext): void {
  program
    .command('demo')
    .description('run the whole job (rotation, audit, alerts) on local stand-ins, step by step')
    .action(async () => {
      try {
        // Loaded on use: the stand-ins (dynalite) and the handlers are not needed by other commands.
        const { runDemo } = await import('../demo/run-demo.ts');
        await runDemo(context.out);
        process.exitCode = EXIT.ok;
      } catch (error) {
        process.stderr.write(
          `sra demo: a step failed: ${(error as Error).message}\n` +
            'Everything the demo started was closed. Run `npm test` to check the checkout; report the step above.\n',
        );
        process.exitCode = EXIT.failed;
      }
    });
}
