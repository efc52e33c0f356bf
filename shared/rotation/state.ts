/**
 * The rotation state of one secret, as stored in the ops table's state item (see
 * `shared/ops-state` `getState`/`putState`, revision-checked). It never holds a secret
 * value: only phases, versions, times and ids.
 *
 * Phases, in order:
 * - `idle`: no rotation in progress (also after `retire`, `cancel`, `rollback` of Twilio).
 * - `creating`: a rotation started (`rotationId`, `fromVersion` = the `current` version);
 *   the pending value may or may not be stored yet.
 * - `created`: the pending value is stored in the ops namespace (Twilio: it is the
 *   secondary token); `pendingVersion` is the pending parameter's version.
 * - `tested`: the pending value passed its test.
 * - `promoting`: the pending value was written as canonical version `toVersion`; labels
 *   and clean-up may still be missing.
 * - `awaiting-retire` (Twilio): promoted (`toVersion` is `current`, `fromVersion` is
 *   `previous`); Twilio keeps the old token as primary until `retire`.
 * - `awaiting-reencryption` (cloak key): promoted; the old key stays `previous` until an
 *   operator confirms re-encryption with `retire`, which ends in `idle`.
 * - `rolling-back`: `rollback` is writing the value of `fromVersion` back as a new version
 *   (the rotation that wrote `toVersion` is abandoned); `resume` or `rollback` finishes it.
 */
import { z } from 'zod';

export const ROTATION_PHASES = [
  'idle',
  'creating',
  'created',
  'tested',
  'promoting',
  'awaiting-retire',
  'awaiting-reencryption',
  'rolling-back',
] as const;
export type RotationPhase = (typeof ROTATION_PHASES)[number];

/** Phases of a rotation that has started and not been promoted: `resume` continues them. */
export const IN_PROGRESS_PHASES: readonly RotationPhase[] = ['creating', 'created', 'tested', 'promoting'];

/** Phases after promotion, before the old value's life ended. */
export const AWAITING_PHASES: readonly RotationPhase[] = ['awaiting-retire', 'awaiting-reencryption'];

/** The steps of the staged flow (design: create, test, promote, retire). */
export const ROTATION_STEPS = ['create', 'test', 'promote', 'retire'] as const;
export type RotationStep = (typeof ROTATION_STEPS)[number];

/** What started the rotation or last change. */
export const TRIGGERS = ['operator', 'schedule', 'drift', 'rollback', 'relabel'] as const;

const isoTime = z.iso.datetime();
const version = z.number().int().min(1);

export const secretStateSchema = z.object({
  secretId: z.string().min(1),
  phase: z.enum(ROTATION_PHASES),
  /** Id of the rotation in progress, or of the last one. */
  rotationId: z.string().min(1).optional(),
  trigger: z.enum(TRIGGERS).optional(),
  /** When the rotation in progress started. */
  startedAt: isoTime.optional(),
  /** When the rotation last made progress (stuck detection). */
  stepAt: isoTime.optional(),
  /** The canonical version that was `current` when the rotation started. */
  fromVersion: version.optional(),
  /** The canonical version written by `promote`. */
  toVersion: version.optional(),
  /** While rolling back: the version that holds the restored value, once written. */
  restoredVersion: version.optional(),
  /** The version of the pending parameter that holds the pending value. */
  pendingVersion: version.optional(),
  /** When the last promotion happened. */
  promotedAt: isoTime.optional(),
  /** When the last rotation was retired. */
  retiredAt: isoTime.optional(),
  /** When the tool adopted the parameter (first labelled it `current`). */
  adoptedAt: isoTime.optional(),
  /** Last promotion or adoption: scheduled rotation counts its interval from here. */
  lastChangeAt: isoTime.optional(),
  /** The last failure of a step of the rotation in progress (code and message, never a value). */
  lastError: z.object({ step: z.string(), code: z.string(), message: z.string(), at: isoTime }).optional(),
});

export type SecretState = z.infer<typeof secretStateSchema>;

/** The state of a secret nothing was ever recorded for. */
export function initialState(secretId: string): SecretState {
  return { secretId, phase: 'idle' };
}

/** Whether a rotation has started and not been promoted. */
export function inProgress(state: SecretState): boolean {
  return IN_PROGRESS_PHASES.includes(state.phase);
}

/** Whether the state's last change was a rotation through the steps (not drift, rollback or relabel). */
export function isRotation(state: SecretState): boolean {
  return state.trigger === undefined || state.trigger === 'operator' || state.trigger === 'schedule';
}
