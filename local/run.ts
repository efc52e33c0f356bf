/**
 * Starting the stand-ins from a command line (`npm run local`, `sra local`): the port from
 * an option, `SRA_LOCAL_PORT` or 4599, the banner with the environment to export, and a
 * wait for SIGINT or SIGTERM that closes the server.
 */
import { EXAMPLE_ACCESS_KEY_ID } from './identity/registry.ts';
import { type LocalServer, startLocal } from './server.ts';

export const DEFAULT_LOCAL_PORT = 4599;

/** AWS's documented example secret: the stand-ins never check signatures. */
export const EXAMPLE_SECRET_ACCESS_KEY = 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY';

export interface RunLocalOptions {
  /** The port as typed (`--port`); else `SRA_LOCAL_PORT`; else 4599. */
  port?: string | undefined;
  /** CloudTrail's delivery delay, in milliseconds, as typed. */
  deliveryDelayMs?: string | undefined;
}

/** The port from text. Throws a RangeError for anything but an integer 0..65535. */
export function localPortFrom(text: string | undefined): number {
  const port = text === undefined || text === '' ? DEFAULT_LOCAL_PORT : Number(text);
  if (!Number.isInteger(port) || port < 0 || port > 65_535) throw new RangeError(`not a port: ${text}`);
  return port;
}

/** The environment to export for the AWS CLI, the SDKs and `sra`. Never throws. */
export function localEnvironment(local: LocalServer): Record<string, string> {
  return {
    AWS_ENDPOINT_URL: local.url,
    AWS_REGION: local.world.region,
    AWS_DEFAULT_REGION: local.world.region,
    AWS_ACCESS_KEY_ID: EXAMPLE_ACCESS_KEY_ID,
    AWS_SECRET_ACCESS_KEY: EXAMPLE_SECRET_ACCESS_KEY,
    SRA_LOCAL_CONTROL_URL: local.controlUrl,
    // For `sra`: the stand-ins' account, and Twilio served by the same server.
    SRA_ACCOUNT: local.world.accountId,
    SRA_TWILIO_API_URL: local.url,
    SRA_TWILIO_ACCOUNTS_URL: local.url,
  };
}

/** The banner printed once the server listens. Never throws. */
export function localBanner(local: LocalServer): string {
  const env = Object.entries(localEnvironment(local)).map(([key, value]) => `export ${key}=${value}`);
  return [
    `Local stand-ins (SSM, CloudTrail, SNS, Twilio, DynamoDB) on ${local.url}`,
    `account ${local.world.accountId}, region ${local.world.region}, clock ${local.clock.now().toISOString()}`,
    '',
    'Environment for the AWS CLI and sra (copy the export lines):',
    ...env,
    '',
    'Ctrl-C stops.',
    '',
  ].join('\n');
}

/**
 * Starts the stand-ins, prints the banner through `out`, and resolves once a SIGINT or
 * SIGTERM closed them. Rejects when the port or the delay is invalid or the port is taken.
 */
export async function runLocal(options: RunLocalOptions, out: (text: string) => void): Promise<void> {
  const delay = options.deliveryDelayMs;
  const delayMs = delay === undefined ? undefined : Number(delay);
  if (delayMs !== undefined && (!Number.isInteger(delayMs) || delayMs < 0))
    throw new RangeError(`not a delivery delay in milliseconds: ${delay}`);
  const local = await startLocal({
    port: localPortFrom(options.port ?? process.env.SRA_LOCAL_PORT),
    deliveryDelayMs: delayMs,
  });
  out(localBanner(local));
  await new Promise<void>((resolve) => {
    const stop = () => {
      process.off('SIGINT', stop);
      process.off('SIGTERM', stop);
      resolve();
    };
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
  await local.close();
}
