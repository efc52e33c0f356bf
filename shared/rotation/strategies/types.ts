/**
 * What a strategy adds to the engine: how to make a new value, prove it works, and end the
 * old value's life. The engine does everything in Parameter Store (pending value, versions,
 * labels, state) and calls these for what only the secret's own system knows.
 */
import type { RotationDeps } from '../deps.ts';
import type { ManagedSecret } from '../secret.ts';
import type { ParameterSnapshot } from '../ssm/history.ts';

export interface StrategyContext {
  readonly deps: RotationDeps;
  readonly secret: ManagedSecret;
  /** Registers a value read or made during the run, so logs and alerts redact it. */
  readonly register: (value: string) => void;
  /** Notes what was done, for the result (never a value). */
  readonly note: (text: string) => void;
  /**
   * Renews the run's lock when half its lease passed; call it before each change outside
   * Parameter Store. Throws `LockLostError` when the lock was lost: change nothing more.
   */
  readonly keepLock: () => Promise<void>;
}

export interface Strategy {
  readonly name: 'cloak-key' | 'twilio-auth-token';
  /** The phase after promotion. */
  readonly promotedPhase: 'awaiting-retire' | 'awaiting-reencryption';
  /**
   * Makes a new value. `current` is the value of the version carrying `current`. Throws
   * `StepFailedError` (or `TokenInvalidError`) when it cannot.
   */
  generate(ctx: StrategyContext, current: string): Promise<string>;
  /** Whether a stored pending value can still be used after a crash. Throws `StepFailedError`. */
  usable(ctx: StrategyContext, pending: string): Promise<boolean>;
  /**
   * Proves the pending value works. Throws `PendingLostError` when it must be made again,
   * `TokenInvalidError` when the current value is dead, `StepFailedError` otherwise.
   */
  test(ctx: StrategyContext, pending: string, current: string, parameter: ParameterSnapshot): Promise<void>;
  /**
   * Ends the old value's life; `already` when that had happened. Throws `TokenInvalidError`
   * when the new value does not work, `StepFailedError` otherwise.
   */
  retire(ctx: StrategyContext, values: { old: string; current: string }): Promise<'retired' | 'already'>;
  /**
   * Undoes what `generate` made outside Parameter Store (Twilio: deletes the secondary
   * token, authenticating with `primary`). Throws `StepFailedError`.
   */
  discard(ctx: StrategyContext, primary: string): Promise<void>;
  /**
   * Why `value` certainly cannot be this secret (so it must not be adopted as `current`), or
   * undefined. Checks only what is certain; never puts the value in its answer. Never throws.
   */
  invalid(value: string): string | undefined;
  /** The tag status shows for a value (cloak keys), or undefined. Never throws. */
  tag(value: string): string | undefined;
}
