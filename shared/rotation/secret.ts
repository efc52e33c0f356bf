/** A managed secret as the engine handles it: catalog entry and its names from the layout. */
import type { CatalogEntryConfig, Config } from '../config/index.ts';
import { REFUSALS } from './constants.ts';
import { RotationRefusedError } from './errors.ts';

export interface ManagedSecret {
  readonly id: string;
  readonly entry: CatalogEntryConfig;
  readonly strategy: 'cloak-key' | 'twilio-auth-token';
  /** The application's parameter. */
  readonly canonicalName: string;
  /** The pending value's parameter in the ops namespace. */
  readonly pendingName: string;
}

/**
 * The managed secret with catalog id `id`. Throws `RotationRefusedError` (code
 * `no-strategy`) for an entry without a strategy, and the layout's `ParameterPathError`
 * (rule `known-secret-id`) for an unknown id.
 */
export function managedSecret(config: Config, id: string): ManagedSecret {
  const layout = config.layout;
  const known = layout.entry(id);
  const entry = config.catalog.find((e) => e.id === known.id);
  if (entry === undefined || entry.strategy === 'none') {
    throw new RotationRefusedError(
      REFUSALS.noStrategy,
      `${id} has no rotation strategy: it is audited, never rotated or labelled`,
      'choose a secret with a strategy (sra config lists them)',
    );
  }
  return {
    id: entry.id,
    entry,
    strategy: entry.strategy,
    canonicalName: layout.canonicalName(entry.id),
    pendingName: layout.pendingName(entry.id),
  };
}

/** The ids of every catalog entry with a strategy, in catalog order. Never throws. */
export function rotatedSecretIds(config: Config): string[] {
  return config.catalog.filter((e) => e.strategy !== 'none').map((e) => e.id);
}
