/**
 * The ops table: locks and leases, rotation state, alert records, audit checkpoints, read
 * baselines and last runs. See README.md for the key design and each call's contract.
 */
export { type AlertClaimRequest, type ClaimResult, claimAlertRecord } from './alert-records.ts';
export { listUndeliveredAlerts, reclaimAlertRecord, type UndeliveredAlert } from './alert-redelivery.ts';
export { markAlertDelivered, markAlertPending } from './alert-settle.ts';
export { type Baseline, type BaselineSample, getBaseline, recordBaselineSample } from './baselines.ts';
export { type Checkpoint, loadCheckpoint, type StoredCheckpoint, saveCheckpoint } from './checkpoints.ts';
export {
  DELIVERY_STATUS,
  type DeliveryStatus,
  OPS_ATTRIBUTES,
  OPS_DEFAULTS,
  OPS_KEYS,
  SWEEP_MODES,
  type SweepMode,
} from './constants.ts';
export {
  CorruptItemError,
  LockLostError,
  OpsStateError,
  OpsStateUnavailableError,
  RevisionConflictError,
} from './errors.ts';
export {
  alertRecordKey,
  baselineKey,
  checkpointKey,
  compositeKey,
  keyPart,
  lastRunKey,
  lookupEventsLeaseKey,
  rotationLockKey,
  rotationStateKey,
} from './keys.ts';
export { lastRuns, recordRun } from './last-runs.ts';
export {
  type AcquireResult,
  acquireLock,
  type LockHandle,
  type LockInfo,
  type LockOptions,
  readLock,
} from './lock.ts';
export { releaseLock, renewLock } from './lock-holder.ts';
export { getState, putState, type StoredState } from './state.ts';
export { createOpsTable } from './table.ts';
export type { ItemKey, OpsTable } from './types.ts';
