/**
 * The scheduled and operator audit sweep over CloudTrail `LookupEvents`: frozen windows,
 * the shared lease, pacing, checkpoints, baselines and alerts. See `docs/audit.md`.
 */
export { coveredWindow } from './baselines.ts';
export {
  AUDIT_FUNCTIONS,
  LOOKUP_EVENTS,
  SWEEP_DEFAULTS,
  SWEEP_OUTCOMES,
  SWEEP_REQUEST_MODES,
} from './constants.ts';
export { LookupEventsError, SweepError, SweepWindowError } from './errors.ts';
export { type CallStats, fetchPage, type LookupPage, type PageContext } from './lookup-page.ts';
export { createPacer, type Pacer, realSleep, type Sleep } from './pacer.ts';
export { sweepPayloadSchema } from './payload.ts';
export { runSweep } from './sweep.ts';
export type {
  SweepDeps,
  SweepOptions,
  SweepOutcome,
  SweepProgress,
  SweepReport,
  SweepRequest,
  SweepSummary,
} from './types.ts';
export {
  type FrozenWindow,
  incrementalWindow,
  operatorWindow,
  reconcileWindow,
  windowText,
} from './window.ts';
