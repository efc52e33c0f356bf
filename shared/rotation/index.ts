/**
 * The rotation engine: the staged flow (create, test, promote, retire) for the cloak-key
 * and Twilio auth-token strategies, the operator actions over it, and the scheduled tick.
 * See `docs/rotation.md` for payloads, results, the state machine and alerts.
 */

export type { AlertDelivery, AlertReport } from './alerts/send.ts';
export type { InconsistencyCode, RefusalCode, RotationAction } from './constants.ts';
export {
  CLOAK_TAG,
  INCONSISTENCIES,
  LABELS,
  REFUSALS,
  ROTATION_ACTIONS,
  ROTATION_FUNCTION,
  ROTATION_LIMITS,
} from './constants.ts';
export type { RotationDeps, SecretSink } from './deps.ts';
export {
  DriftRefusedError,
  InconsistentStateError,
  InterruptedError,
  PendingLostError,
  RotationError,
  RotationInProgressError,
  RotationRefusedError,
  StepFailedError,
  TokenInvalidError,
  UnknownStepError,
} from './errors.ts';
export type { ActionResult, LabelledVersion, Outcome, SecretView } from './ops/result.ts';
export { type ActionOptions, runAction } from './ops/run-action.ts';
export { type SecretStatus, type StatusResult, status } from './ops/status.ts';
export { type TickResult, tick } from './ops/tick.ts';
export {
  isScheduledEvent,
  type OperatorPayload,
  operatorPayloadSchema,
  type RotationEvent,
  rotationEventSchema,
} from './payload.ts';
export { type ManagedSecret, managedSecret, rotatedSecretIds } from './secret.ts';
export {
  AWAITING_PHASES,
  IN_PROGRESS_PHASES,
  ROTATION_PHASES,
  ROTATION_STEPS,
  type RotationPhase,
  type RotationStep,
  type SecretState,
} from './state.ts';
export { runStep } from './steps/dispatch.ts';
export { cloakTag, decodeCloakKey } from './strategies/index.ts';
