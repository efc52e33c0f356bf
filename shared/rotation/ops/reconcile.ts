/**
 * Label repairs made under the lock before anything else: adoption of a hand-made
 * parameter (the latest version becomes `current`; nothing is rotated) and adoption of
 * drift while idle (the latest becomes `current`, the former `current` becomes `previous`;
 * a cloak key then waits for re-encryption before the next rotation).
 *
 * Order, for crash safety: the alert is claimed first (a repeat is suppressed), then the
 * state records the adoption, then the labels move; a run that finds the state recorded and
 * the labels not moved finishes them.
 */

import { driftAlert } from '../alerts/conditions.ts';
import { adoptedAlert } from '../alerts/events.ts';
import { sendAlerts } from '../alerts/send.ts';
import { unadoptableValue } from '../checks/adoptable.ts';
import { findDrift, needsAdoption, unfinishedDriftAdoption } from '../checks/labels.ts';
import { LABELS } from '../constants.ts';
import { InconsistentStateError } from '../errors.ts';
import { nowIso, type RunContext, save } from '../run/context.ts';
import type { Inspection } from '../run/inspect.ts';
import { labelVersion } from '../run/label.ts';
import type { SecretState } from '../state.ts';
import { parameterOf } from '../steps/values.ts';

export type Reconciled = 'adopted' | 'drift-adopted' | 'none';

/** The run's view as an inspection, for the pure checks. Never throws. */
export function viewOf(ctx: RunContext): Inspection {
  const { secret, state, revision, parameter, pending, secretValues } = ctx;
  return { secret, state, revision, parameter, pending, secretValues };
}

/**
 * Throws `InconsistentStateError` (nothing changed) when the version to adopt cannot be the
 * secret, and the SDK's, the ops table's and the alerts' errors.
 */
export async function reconcileLabels(ctx: RunContext): Promise<Reconciled> {
  const ins = viewOf(ctx);
  const invalid = unadoptableValue(ins);
  if (invalid) throw new InconsistentStateError(invalid.code, invalid.message, invalid.repair);
  if (unfinishedDriftAdoption(ins)) {
    await driftLabels(ctx, ctx.state.fromVersion ?? 0, ctx.state.toVersion ?? 0);
    ctx.adopted = true;
    return 'drift-adopted';
  }
  if (needsAdoption(ins)) {
    const latest = parameterOf(ctx, 'adopt').latest.version;
    ctx.alerts.push(...(await sendAlerts(ctx.deps, [adoptedAlert(ctx.secret.id, latest)], ctx.secretValues)));
    const now = nowIso(ctx);
    await save(ctx, { adoptedAt: now, lastChangeAt: now });
    await labelVersion(ctx, 'adopt', LABELS.current, latest);
    ctx.done.push(`adopted ${ctx.secret.canonicalName}: version ${latest} is \`current\``);
    ctx.adopted = true;
    return 'adopted';
  }
  const drift = findDrift(ins);
  if (drift === undefined || ctx.state.phase !== 'idle') return 'none';
  const alert = driftAlert(ctx.secret.id, drift.latest, drift.current, true, false);
  ctx.alerts.push(...(await sendAlerts(ctx.deps, [alert], ctx.secretValues)));
  const now = nowIso(ctx);
  const patch: Partial<SecretState> = {
    fromVersion: drift.current,
    toVersion: drift.latest,
    lastChangeAt: now,
    trigger: 'drift',
  };
  if (ctx.strategy.name === 'cloak-key') {
    Object.assign(patch, {
      phase: 'awaiting-reencryption',
      rotationId: `drift-v${drift.latest}`,
      promotedAt: now,
    });
  }
  await save(ctx, patch);
  await driftLabels(ctx, drift.current, drift.latest);
  ctx.adopted = true;
  return 'drift-adopted';
}

async function driftLabels(ctx: RunContext, former: number, latest: number): Promise<void> {
  const p = parameterOf(ctx, 'adopt');
  if (p.previous?.version !== former) await labelVersion(ctx, 'adopt', LABELS.previous, former);
  if (parameterOf(ctx, 'adopt').current?.version !== latest)
    await labelVersion(ctx, 'adopt', LABELS.current, latest);
  ctx.done.push(`adopted drift: version ${latest} is \`current\`, version ${former} \`previous\``);
}
