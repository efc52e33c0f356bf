/**
 * One run of a mutating action on one secret, under its lock: the dependencies, the
 * secret and its strategy, the state and its revision, what Parameter Store looked like
 * when last read, and what was done (notes, alerts, secret values for redaction).
 */

import type { AlertReport } from '../alerts/send.ts';
import type { RotationDeps } from '../deps.ts';
import type { ManagedSecret } from '../secret.ts';
import type { ParameterSnapshot } from '../ssm/history.ts';
import type { SecretState } from '../state.ts';
import { type Strategy, type StrategyContext, strategyFor } from '../strategies/index.ts';
import type { Inspection } from './inspect.ts';
import { type HeldLock, keepLock } from './lock.ts';
import { saveState } from './state-store.ts';

export interface RunContext {
  readonly deps: RotationDeps;
  readonly secret: ManagedSecret;
  readonly strategy: Strategy;
  readonly lock: HeldLock;
  state: SecretState;
  revision: number;
  /** The canonical parameter as last read (decrypted). */
  parameter: ParameterSnapshot | undefined;
  pending: Inspection['pending'];
  readonly done: string[];
  readonly warnings: string[];
  readonly alerts: AlertReport[];
  readonly secretValues: string[];
  /** How often this run made the pending value again (bounded). */
  regenerations: number;
  /** Whether this run adopted a hand-made version or drift (labels moved) before anything else. */
  adopted: boolean;
}

/** A run context from a fresh (decrypted) inspection, under the held lock. Never throws. */
export function runContext(deps: RotationDeps, ins: Inspection, lock: HeldLock): RunContext {
  return {
    deps,
    secret: ins.secret,
    strategy: strategyFor(ins.secret.strategy),
    lock,
    state: ins.state,
    revision: ins.revision,
    parameter: ins.parameter,
    pending: ins.pending,
    done: [],
    warnings: [],
    alerts: [],
    secretValues: [...ins.secretValues],
    regenerations: 0,
    adopted: false,
  };
}

const strategyContexts = new WeakMap<RunContext, StrategyContext>();

/** The strategy's view of the run, one per run (so a strategy may cache what it read). Never throws. */
export function strategyContext(ctx: RunContext): StrategyContext {
  const known = strategyContexts.get(ctx);
  if (known !== undefined) return known;
  const made: StrategyContext = {
    deps: ctx.deps,
    secret: ctx.secret,
    register: (value) => register(ctx, value),
    note: (text) => ctx.done.push(text),
    keepLock: () => keepLock(ctx.deps, ctx.lock),
  };
  strategyContexts.set(ctx, made);
  return made;
}

/** Remembers a secret value for redaction (results, alerts, logs). Never throws. */
export function register(ctx: RunContext, value: string): void {
  if (value.length === 0 || ctx.secretValues.includes(value)) return;
  ctx.secretValues.push(value);
  ctx.deps.secrets?.register(value);
}

/**
 * Saves `patch` over the state, keeping the lock first; `stepAt` (the last progress, for
 * stuck detection) moves to now unless `progress` is false (recording a failure). Throws
 * `LockLostError` when the lock was lost and `RevisionConflictError` when another
 * invocation wrote the state: in both cases the run must stop.
 */
export async function save(ctx: RunContext, patch: Partial<SecretState>, progress = true): Promise<void> {
  await keepLock(ctx.deps, ctx.lock);
  const stepAt = progress ? ctx.deps.clock.now().toISOString() : ctx.state.stepAt;
  const next: SecretState = { ...ctx.state, ...patch, stepAt };
  for (const key of Object.keys(next) as (keyof SecretState)[]) if (next[key] === undefined) delete next[key];
  ctx.revision = await saveState(ctx.deps.ops, next, ctx.revision);
  ctx.state = next;
}

/** The current time as ISO 8601. */
export function nowIso(ctx: { deps: RotationDeps }): string {
  return ctx.deps.clock.now().toISOString();
}
