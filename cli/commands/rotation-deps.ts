/**
 * The rotation engine's dependencies for one `sra` run: the operator's own AWS credentials
 * (the SDK's default chain; `AWS_ENDPOINT_URL` reaches `sra local`), the Twilio client, and
 * the clock: the stand-ins' clock when `SRA_LOCAL_CONTROL_URL` is set, else the system's.
 */
import { createAwsClients, destroyAwsClients } from '../../shared/aws/index.ts';
import type { Config } from '../../shared/config/index.ts';
import { SecretRegistry } from '../../shared/logging/index.ts';
import type { RotationDeps } from '../../shared/rotation/index.ts';
import { createTwilioClient } from '../../shared/twilio/index.ts';
import { cliClock, cliOwner } from '../runtime.ts';

export interface CliDeps {
  readonly deps: RotationDeps;
  close(): void;
}

/** Builds the dependencies. Throws when the local clock is configured but does not answer. */
export async function cliRotationDeps(config: Config): Promise<CliDeps> {
  const clients = createAwsClients(config.aws);
  const clock = await cliClock(process.env.SRA_LOCAL_CONTROL_URL);
  const deps: RotationDeps = {
    config,
    ssm: clients.ssm,
    ops: { client: clients.dynamodb, tableName: config.table.name, clock },
    sns: clients.sns,
    twilio: createTwilioClient(config.twilio),
    clock,
    secrets: new SecretRegistry(),
    owner: cliOwner(),
  };
  return { deps, close: () => destroyAwsClients(clients) };
}
