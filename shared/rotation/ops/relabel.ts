/**
 * `relabel` (the repair of C-07): put `current` and `previous` on named versions, with the
 * operator's confirmation, and reset the rotation state to match. `current` must go on the
 * latest version (what plain reads return); `previous` on an older one (omitted: removed).
 * Refused while a pending value exists (cancel first). A cloak key then awaits
 * re-encryption (the tool cannot know which keys still encrypt data); a Twilio rotation
 * awaiting retirement keeps awaiting it.
 */
import { randomUUID } from 'node:crypto';
import { UnlabelParameterVersionCommand } from '@aws-sdk/client-ssm';
import { sameValue } from '../checks/same-value.ts';
import { LABELS, REFUSALS } from '../constants.ts';
import { RotationRefusedError } from '../errors.ts';
import { nowIso, type RunContext, save } from '../run/context.ts';
import type { Inspection } from '../run/inspect.ts';
import { labelVersion } from '../run/label.ts';
import { keepLock } from '../run/lock.ts';
import type { ManagedSecret } from '../secret.ts';
import { versionOf } from '../ssm/history.ts';
import type { SecretState } from '../state.ts';
import { parameterOf } from '../steps/values.ts';
import type { Operation } from './execute.ts';
import { viewOf } from './reconcile.ts';

export interface RelabelOptions {
  readonly dryRun?: boolean;
  readonly confirm?: boolean;
  readonly versions: { readonly current: number; readonly previous?: number | undefined };
}

export function relabelOperation(secret: ManagedSecret, options: RelabelOptions): Operation {
  const { current, previous } = options.versions;
  return {
    action: 'relabel',
    secret,
    dryRun: options.dryRun ?? false,
    alertRefusals: false,
    plan(ins) {
      check(ins, options);
      return [
        previous === undefined ? 'remove `previous`' : `label version ${previous} \`previous\``,
        `label version ${current} \`current\``,
        `reset the rotation state (phase ${endPhase(ins.state, secret, previous)})`,
      ];
    },
    async run(ctx) {
      check(viewOf(ctx), options);
      if (previous !== undefined) await labelVersion(ctx, 'relabel', LABELS.previous, previous);
      else await dropPrevious(ctx);
      await labelVersion(ctx, 'relabel', LABELS.current, current);
      const phase = endPhase(ctx.state, secret, previous);
      const keepsRotation = phase === 'awaiting-retire' && ctx.state.phase === 'awaiting-retire';
      await save(ctx, {
        phase,
        rotationId: keepsRotation ? ctx.state.rotationId : `relabel-${randomUUID()}`,
        trigger: keepsRotation ? ctx.state.trigger : 'relabel',
        fromVersion: previous,
        toVersion: current,
        pendingVersion: undefined,
        restoredVersion: undefined,
        lastError: undefined,
        lastChangeAt: ctx.state.lastChangeAt ?? nowIso(ctx),
        ...(phase === 'awaiting-reencryption' ? { promotedAt: nowIso(ctx) } : {}),
      });
      ctx.done.push(`state reset to phase ${phase}`);
      return 'done';
    },
  };
}

function endPhase(
  state: SecretState,
  secret: ManagedSecret,
  previous: number | undefined,
): SecretState['phase'] {
  if (secret.strategy === 'cloak-key') return previous === undefined ? 'idle' : 'awaiting-reencryption';
  return state.phase === 'awaiting-retire' && previous !== undefined ? 'awaiting-retire' : 'idle';
}

async function dropPrevious(ctx: RunContext): Promise<void> {
  const holder = parameterOf(ctx, 'relabel').previous;
  if (holder === undefined) return;
  await keepLock(ctx.deps, ctx.lock);
  await ctx.deps.ssm.send(
    new UnlabelParameterVersionCommand({
      Name: ctx.secret.canonicalName,
      ParameterVersion: holder.version,
      Labels: [LABELS.previous],
    }),
  );
  ctx.done.push(`removed \`previous\` from version ${holder.version}`);
}

/**
 * Throws `RotationRefusedError` for a missing confirmation, bad versions (including a
 * `previous` that holds the same value as `current`), or a pending value.
 */
function check(ins: Inspection, options: RelabelOptions): void {
  const { secret, parameter, pending } = ins;
  const { current, previous } = options.versions;
  const refuse = (code: (typeof REFUSALS)[keyof typeof REFUSALS], message: string, remedy: string) =>
    new RotationRefusedError(code, message, remedy);
  if (!options.confirm) {
    throw refuse(
      REFUSALS.confirmationRequired,
      `relabelling ${secret.id} moves the labels the application reads`,
      'add --confirm',
    );
  }
  if (parameter === undefined)
    throw refuse(REFUSALS.parameterMissing, `${secret.canonicalName} does not exist`, 'create it first');
  if (pending !== undefined) {
    throw refuse(
      REFUSALS.pendingValueExists,
      `a pending value of ${secret.id} exists`,
      `sra cancel ${secret.id} first`,
    );
  }
  if (current !== parameter.latest.version) {
    throw refuse(
      REFUSALS.badVersions,
      `current must be the latest version ${parameter.latest.version} (what plain reads return), not ${current}`,
      `sra relabel ${secret.id} --current ${parameter.latest.version} ...`,
    );
  }
  if (previous !== undefined && (previous >= current || versionOf(parameter, previous) === undefined)) {
    throw refuse(
      REFUSALS.badVersions,
      `previous must be a retained version older than ${current}, not ${previous}`,
      'name a retained older version',
    );
  }
  if (previous !== undefined && sameValue(parameter, previous, current) === true) {
    throw refuse(
      REFUSALS.badVersions,
      `versions ${previous} and ${current} of ${secret.id} hold the same value (same fingerprint): \`previous\` would not keep the former value reachable`,
      `name as --previous an older version that holds the former value (sra status ${secret.id} shows key tags), or omit --previous to remove the label`,
    );
  }
}
