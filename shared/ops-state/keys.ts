/**
 * Builds the primary key of every item type (see the README's key design). Each variable
 * part is escaped so that it can never contain the separator: `%` becomes `%25` and `#`
 * becomes `%23`. Key builders never throw except for an empty part.
 */
import { OPS_KEYS, SWEEP_MODES, type SweepMode } from './constants.ts';
import { OpsStateError } from './errors.ts';
import type { ItemKey } from './types.ts';

/** Escapes one key part. Throws `OpsStateError` for an empty part. */
export function keyPart(value: string): string {
  if (value.length === 0) throw new OpsStateError('ops table: a key part must not be empty');
  return value.replaceAll('%', '%25').replaceAll(OPS_KEYS.separator, '%23');
}

/** Joins escaped parts with the separator. Throws `OpsStateError` if a part is empty. */
export function compositeKey(...parts: readonly string[]): string {
  return parts.map(keyPart).join(OPS_KEYS.separator);
}

/** The rotation lock of one secret. */
export function rotationLockKey(secretId: string): ItemKey {
  return { pk: `${OPS_KEYS.secretPartitionPrefix}${keyPart(secretId)}`, sk: OPS_KEYS.lockSort };
}

/** The rotation state of one secret. */
export function rotationStateKey(secretId: string): ItemKey {
  return { pk: `${OPS_KEYS.secretPartitionPrefix}${keyPart(secretId)}`, sk: OPS_KEYS.stateSort };
}

/** The `LookupEvents` lease shared by every caller in one account and region. */
export function lookupEventsLeaseKey(account: string, region: string): ItemKey {
  return {
    pk: OPS_KEYS.auditPartition,
    sk: `${OPS_KEYS.lookupLeaseSortPrefix}${compositeKey(account, region)}`,
  };
}

/** The checkpoint of one scheduled sweep mode. Throws `OpsStateError` for an unknown mode. */
export function checkpointKey(mode: SweepMode): ItemKey {
  if (!SWEEP_MODES.includes(mode)) throw new OpsStateError(`ops table: unknown sweep mode "${String(mode)}"`);
  return { pk: OPS_KEYS.auditPartition, sk: `${OPS_KEYS.checkpointSortPrefix}${mode}` };
}

/** The read baseline of one principal (an ARN or another identity string). */
export function baselineKey(principal: string): ItemKey {
  return { pk: OPS_KEYS.baselinePartition, sk: keyPart(principal) };
}

/** The alert record of one alert key (already a composite key built by `compositeKey`). */
export function alertRecordKey(alertKey: string): ItemKey {
  if (alertKey.length === 0) throw new OpsStateError('ops table: an alert key must not be empty');
  return { pk: OPS_KEYS.alertPartition, sk: alertKey };
}

/** The last successful run of one function. */
export function lastRunKey(functionName: string): ItemKey {
  return { pk: OPS_KEYS.runPartition, sk: keyPart(functionName) };
}
