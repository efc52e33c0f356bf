import { pathToFileURL } from 'node:url';
import { CommanderError } from 'commander';
import { ConfigError } from '../shared/config/index.ts';
import { EXIT } from './exit-codes.ts';
import { buildProgram } from './program.ts';

/**
 * Runs `sra` with `argv` (as `process.argv`) and returns the exit code. Never throws:
 * errors are printed to stderr with what to do.
 */
export async function main(
  argv: string[],
  out: (text: string) => void = (text) => {
    process.stdout.write(text);
  },
): Promise<number> {
  const program = buildProgram(out);
  try {
    await program.parseAsync(argv);
    return typeof process.exitCode === 'number' ? process.exitCode : EXIT.ok;
  } catch (error) {
    if (error instanceof CommanderError) {
      return error.exitCode === 0 ? EXIT.ok : EXIT.usage;
    }
    if (error instanceof ConfigError) {
      process.stderr.write(
        `sra: ${error.message}\nSet the keys in the environment or in a --config file (see README, "Configuration").\n`,
      );
      return EXIT.usage;
    }
    process.stderr.write(`sra: ${(error as Error).message}\n`);
    return EXIT.failed;
  }
}

/**
 * A reader that stops early (`sra audit --json | head`) closes the pipe: stop quietly, as
 * command-line tools do, instead of failing with an unhandled EPIPE.
 */
export function exitQuietlyOnClosedPipe(stream: NodeJS.WriteStream = process.stdout): void {
  stream.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EPIPE') throw error;
    process.exit(process.exitCode ?? EXIT.ok);
  });
}

/** Run as a script (`tsx cli/main.ts ...`, as `npm run sra` and `npm run demo` do). */
if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  exitQuietlyOnClosedPipe();
  process.exitCode = await main(process.argv);
}
