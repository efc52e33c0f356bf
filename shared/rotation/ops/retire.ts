/**
 * `retire`: end the old value's life after a promotion. Twilio: only after the grace period
 * (the tick does it then), or at once with `now` for a leaked token; the old primary dies.
 * Cloak key: only with `confirm`, the operator's word that the data was re-encrypted; the
 * old key stays in the parameter's history. Nothing to retire when idle.
 */
import { sameValue } from '../checks/same-value.ts';
import { REFUSALS } from '../constants.ts';
import { RotationRefusedError } from '../errors.ts';
import type { Inspection } from '../run/inspect.ts';
import type { ManagedSecret } from '../secret.ts';
import { AWAITING_PHASES, type SecretState } from '../state.ts';
import { runStep } from '../steps/dispatch.ts';
import type { Operation } from './execute.ts';
import { refuseUnusable } from './preflight.ts';
import { viewOf } from './reconcile.ts';

export interface RetireOptions {
  readonly dryRun?: boolean;
  /** Twilio: skip the grace period (a leaked token). */
  readonly now?: boolean;
  /** Cloak key: the data was re-encrypted with the current key. */
  readonly confirm?: boolean;
}

export function retireOperation(secret: ManagedSecret, options: RetireOptions = {}): Operation {
  return {
    action: 'retire',
    secret,
    dryRun: options.dryRun ?? false,
    alertRefusals: false,
    plan(ins, deps) {
      const passed = gracePassed(ins.state, deps.clock.now().getTime(), deps.config.rotation.gracePeriodMs);
      if (!retirable(ins.state, secret, options, passed)) return [];
      refuseUnusable(ins);
      refusePreviousIsCurrent(ins);
      return secret.strategy === 'twilio-auth-token'
        ? ['promote the secondary token in Twilio: the old token stops working', 'alert retired, phase idle']
        : ['mark the old key retired (it stays in the history)', 'alert retired, phase idle'];
    },
    async run(ctx) {
      const now = ctx.deps.clock.now().getTime();
      const grace = ctx.deps.config.rotation.gracePeriodMs;
      if (!retirable(ctx.state, secret, options, gracePassed(ctx.state, now, grace))) return 'nothing-to-do';
      refuseUnusable(viewOf(ctx));
      refusePreviousIsCurrent(viewOf(ctx));
      await runStep('retire', ctx, secret.id, ctx.state.rotationId ?? '');
      return 'done';
    },
  };
}

/**
 * A cloak key whose `previous` holds the same key as `current` (a relabel after a rollback):
 * retiring "the old key" would announce the live key retired. Throws `RotationRefusedError`.
 */
function refusePreviousIsCurrent(ins: Inspection): void {
  const { parameter, secret } = ins;
  const { current, previous } = parameter ?? {};
  if (secret.strategy !== 'cloak-key' || parameter === undefined || !current || !previous) return;
  if (sameValue(parameter, previous.version, current.version) !== true) return;
  throw new RotationRefusedError(
    REFUSALS.previousIsCurrent,
    `\`previous\` (version ${previous.version}) of ${secret.id} holds the same key as \`current\` (version ${current.version}): there is no old key to retire, and the live key must not be announced retired`,
    `put \`previous\` on the version that holds the former key (sra relabel ${secret.id} --current ${current.version} --previous <n> --confirm; sra status shows key tags), or remove it (sra relabel ${secret.id} --current ${current.version} --confirm)`,
  );
}

function gracePassed(state: SecretState, now: number, graceMs: number): boolean {
  const promoted = state.promotedAt === undefined ? undefined : Date.parse(state.promotedAt);
  return promoted !== undefined && now >= promoted + graceMs;
}

/** Whether there is a retirement to do now; throws `RotationRefusedError` when it is not allowed. */
function retirable(
  state: SecretState,
  secret: ManagedSecret,
  options: RetireOptions,
  passed: boolean,
): boolean {
  if (state.phase === 'idle') return false;
  if (!AWAITING_PHASES.includes(state.phase)) {
    throw new RotationRefusedError(
      REFUSALS.nothingToRetire,
      `rotation ${state.rotationId ?? '?'} of ${secret.id} is in phase ${state.phase}: nothing was promoted yet`,
      `sra resume ${secret.id} or sra cancel ${secret.id}`,
    );
  }
  if (state.phase === 'awaiting-retire' && !options.now && !passed) {
    throw new RotationRefusedError(
      REFUSALS.gracePeriod,
      `the grace period of ${secret.id} has not ended: both tokens must keep working while the pods are rolled`,
      `wait until the tick retires it, or sra retire ${secret.id} --now if the old token leaked`,
    );
  }
  if (state.phase === 'awaiting-reencryption' && !options.confirm && options.now) {
    throw new RotationRefusedError(
      REFUSALS.confirmationRequired,
      `--now applies to the Twilio auth token (it skips the grace period); a cloak key has no grace period to skip: it is retired with --confirm once every row was re-encrypted with the current key`,
      `run the Cloak migration, then sra retire ${secret.id} --confirm`,
    );
  }
  if (state.phase === 'awaiting-reencryption' && !options.confirm) {
    throw new RotationRefusedError(
      REFUSALS.confirmationRequired,
      `retiring the old cloak key of ${secret.id} needs the operator's confirmation that every row was re-encrypted`,
      `run the Cloak migration, then sra retire ${secret.id} --confirm`,
    );
  }
  return true;
}
