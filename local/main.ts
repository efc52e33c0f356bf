/**
 * `npm run local`: starts the stand-ins on `--port <n>`, else `SRA_LOCAL_PORT`, else 4599,
 * prints the environment to export, and stops on SIGINT or SIGTERM.
 */
import { parseArgs } from 'node:util';
import { EXAMPLE_ACCESS_KEY_ID } from './identity/registry.ts';
import { startLocal } from './server.ts';

export const DEFAULT_LOCAL_PORT = 4599;

/** AWS's documented example secret: the stand-ins never check signatures. */
const EXAMPLE_SECRET_ACCESS_KEY = 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY';

function portFrom(text: string | undefined): number {
  const port = text === undefined ? DEFAULT_LOCAL_PORT : Number(text);
  if (!Number.isInteger(port) || port < 0 || port > 65_535) throw new RangeError(`not a port: ${text}`);
  return port;
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: { port: { type: 'string' }, 'delivery-delay-ms': { type: 'string' } },
    strict: true,
  });
  const delay = values['delivery-delay-ms'];
  const local = await startLocal({
    port: portFrom(values.port ?? process.env.SRA_LOCAL_PORT),
    deliveryDelayMs: delay === undefined ? undefined : Number(delay),
  });
  process.stdout.write(
    [
      `Local stand-ins (SSM, CloudTrail, and the other registered services) on ${local.url}`,
      `account ${local.world.accountId}, region ${local.world.region}, clock ${local.clock.now().toISOString()}`,
      '',
      'export these to use them with the AWS CLI and the product:',
      `export AWS_ENDPOINT_URL=${local.url}`,
      `export AWS_REGION=${local.world.region}`,
      `export AWS_DEFAULT_REGION=${local.world.region}`,
      `export AWS_ACCESS_KEY_ID=${EXAMPLE_ACCESS_KEY_ID}`,
      `export AWS_SECRET_ACCESS_KEY=${EXAMPLE_SECRET_ACCESS_KEY}`,
      `export SRA_LOCAL_CONTROL_URL=${local.controlUrl}`,
      '',
      'Ctrl-C stops.',
      '',
    ].join('\n'),
  );
  const stop = () => {
    local.close().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

main().catch((error: unknown) => {
  process.stderr.write(`npm run local: ${(error as Error).message}\n`);
  process.exit(1);
});
