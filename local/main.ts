/**
 * `npm run local`: starts the stand-ins on `--port <n>`, else `SRA_LOCAL_PORT`, else 4599,
 * prints the environment to export, and stops on SIGINT or SIGTERM (see `run.ts`, which
 * `sra local` shares).
 */
import { parseArgs } from 'node:util';
import { runLocal } from './run.ts';

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: { port: { type: 'string' }, 'delivery-delay-ms': { type: 'string' } },
    strict: true,
  });
  await runLocal({ port: values.port, deliveryDelayMs: values['delivery-delay-ms'] }, (text) => {
    process.stdout.write(text);
  });
  process.exit(0);
}

main().catch((error: unknown) => {
  process.stderr.write(`npm run local: ${(error as Error).message}\n`);
  process.exit(1);
});
