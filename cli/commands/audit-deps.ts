/**
 * What `sra audit` reads LookupEvents and sends alerts with: the operator's own AWS
 * credentials (the SDK's default chain; `AWS_ENDPOINT_URL` reaches `sra local`), the ops
 * table, and the clock: the stand-ins' clock when `SRA_LOCAL_CONTROL_URL` is set, else the
 * system's.
 */
import { type AwsClients, createAwsClients, destroyAwsClients } from '../../shared/aws/index.ts';
import type { Clock } from '../../shared/clock/index.ts';
import type { Config } from '../../shared/config/index.ts';
import type { OpsTable } from '../../shared/ops-state/index.ts';
import { cliClock, cliOwner } from '../runtime.ts';

export interface AuditCliDeps {
  readonly clients: AwsClients;
  readonly clock: Clock;
  readonly ops: OpsTable;
  /** Who holds the LookupEvents lease: `cli:<user>@<host>`. */
  readonly owner: string;
  close(): void;
}

/** Builds the dependencies. Throws when the local clock is configured but does not answer. */
export async function cliAuditDeps(config: Config): Promise<AuditCliDeps> {
  const clock = await cliClock(process.env.SRA_LOCAL_CONTROL_URL);
  const clients = createAwsClients(config.aws);
  return {
    clients,
    clock,
    ops: { client: clients.dynamodb, tableName: config.table.name, clock },
    owner: cliOwner(),
    close: () => destroyAwsClients(clients),
  };
}
