/**
 * The application's reads, as the consumer guide tells it to read: each parameter by plain
 * name at boot, and, once rotation is on, `name:previous` too (the Cloak key ring needs both
 * keys; Twilio webhook signatures are checked against both tokens during a rotation).
 */
import { GetParameterCommand } from '@aws-sdk/client-ssm';
import { formatReference } from '../../shared/parameter-paths/index.ts';
import { LABELS } from '../../shared/rotation/index.ts';
import type { DemoWorld } from './world.ts';

export interface AppRead {
  readonly reference: string;
  readonly version: number | undefined;
  readonly value: string | undefined;
}

/** Reads `secretId` (optionally at a label) with the application's credentials. Throws the SDK's errors. */
export async function appRead(
  world: DemoWorld,
  secretId: string,
  label?: keyof typeof LABELS,
): Promise<AppRead> {
  const name = world.config.layout.canonicalName(secretId);
  const reference =
    label === undefined ? name : formatReference(name, { kind: 'label', label: LABELS[label] });
  const answer = await world
    .as('app')
    .ssm.send(new GetParameterCommand({ Name: reference, WithDecryption: true }));
  return { reference, version: answer.Parameter?.Version, value: answer.Parameter?.Value };
}
