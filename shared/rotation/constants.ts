/** Fixed values of the rotation engine: names, limits, refusal and inconsistency codes. */
import { OWNED_LABELS } from '../parameter-paths/index.ts';

/** The labels the tool owns and moves; every other label is left alone. */
export const LABELS = OWNED_LABELS;

/** The function name under which the rotation function records its last successful run. */
export const ROTATION_FUNCTION = 'rotate';

/** The operator actions of the rotation function and of `sra`. */
export const ROTATION_ACTIONS = [
  'status',
  'rotate',
  'resume',
  'cancel',
  'retire',
  'rollback',
  'relabel',
] as const;
export type RotationAction = (typeof ROTATION_ACTIONS)[number];

export const ROTATION_LIMITS = {
  /** Parameter Store keeps this many versions of a parameter. */
  versionsKept: 100,
  /** GetParameterHistory's largest page. */
  historyPageSize: 50,
  /** Attempts of one non-idempotent write (canonical PutParameter, Twilio POST). */
  writeAttempts: 4,
  /** First pause after a throttled non-idempotent write; doubled per attempt. */
  throttleBackoffMs: 50,
  /** A step sequence re-creates a lost pending value at most this often per run. */
  maxRegenerations: 2,
  /** Cloak keys are 32 random bytes (AES-256-GCM). */
  cloakKeyBytes: 32,
} as const;

/** The Cloak tag of a key: prefix and the first hex digits of SHA-256 of the key bytes (C-10). */
export const CLOAK_TAG = { prefix: 'AES.GCM.', hexDigits: 8 } as const;

/** Why an action was refused before it changed anything. */
export const REFUSALS = {
  noStrategy: 'no-strategy',
  parameterMissing: 'parameter-missing',
  notSecureString: 'not-secure-string',
  versionLimit: 'version-limit',
  awaitingRetire: 'awaiting-retire',
  previousNotRetired: 'previous-not-retired',
  rotationInProgress: 'rotation-in-progress',
  promotionStarted: 'promotion-started',
  nothingToRetire: 'nothing-to-retire',
  gracePeriod: 'grace-period',
  confirmationRequired: 'confirmation-required',
  nothingToRollBack: 'nothing-to-roll-back',
  badVersions: 'bad-versions',
  pendingValueExists: 'pending-value-exists',
  previousIsCurrent: 'previous-is-current',
  inconsistentState: 'inconsistent-state',
  driftWhileRotating: 'drift-while-rotating',
  driftBeforeRetirement: 'drift-before-retirement',
  accountSidMissing: 'account-sid-missing',
} as const;
export type RefusalCode = (typeof REFUSALS)[keyof typeof REFUSALS];

/** The inconsistent states of C-07, each named in the `inconsistent-state` alert. */
export const INCONSISTENCIES = {
  pendingWithoutRotation: 'pending-without-rotation',
  pendingMissing: 'pending-value-missing',
  missingVersion: 'state-names-missing-version',
  previousNewerThanCurrent: 'previous-newer-than-current',
  previousWithoutCurrent: 'previous-without-current',
  labelsMoved: 'labels-moved-during-rotation',
  invalidValue: 'invalid-value-not-adopted',
} as const;
export type InconsistencyCode = (typeof INCONSISTENCIES)[keyof typeof INCONSISTENCIES];
