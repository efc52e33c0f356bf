/**
 * Step `promote` [finishSecret]: write the tested pending value as a new version of the
 * canonical parameter (its own KMS key, sent once, read back after an ambiguous failure),
 * then finish: `current` on it, `previous` on the version before, pending value deleted,
 * `rotated` alert published, phase `awaiting-*`.
 *
 * `previous` moves onto the old version before the write, so a reader of the plain name and
 * of `name:previous` always gets the value in use and the one before it (never a gap).
 * A crash after the write is found by the history: the latest version already holds the
 * pending value (C-05), so it is not written again. A retried finish verifies every effect
 * and does what is missing, even when `current` is already in place (C-06).
 */

import { rotatedAlert } from '../alerts/events.ts';
import { sendAlerts } from '../alerts/send.ts';
import { LABELS, ROTATION_LIMITS } from '../constants.ts';
import { StepFailedError } from '../errors.ts';
import { nowIso, type RunContext, register, save } from '../run/context.ts';
import { labelVersion } from '../run/label.ts';
import { keepLock } from '../run/lock.ts';
import { type ParameterSnapshot, readParameter } from '../ssm/history.ts';
import { deletePending } from '../ssm/pending.ts';
import { withVersion } from '../ssm/snapshot-edit.ts';
import { writeVersionOnce } from '../ssm/write-once.ts';
import { afterPromotion } from './next.ts';
import { refresh } from './refresh.ts';
import { keyIdOf, parameterOf } from './values.ts';

export async function promoteStep(ctx: RunContext, secretId: string, rotationId: string): Promise<void> {
  const phase = ctx.state.phase;
  if (ctx.state.rotationId !== rotationId) return;
  if (phase !== 'tested' && phase !== 'promoting' && phase !== ctx.strategy.promotedPhase) return;
  await refresh(ctx);
  if (phase === 'tested') await writeCanonical(ctx, secretId);
  await finish(ctx, secretId, rotationId);
}

/** The version after `from` that holds `value`, if the write already happened. */
function writtenVersion(p: ParameterSnapshot | undefined, value: string, from: number): number | undefined {
  return p !== undefined && p.latest.version > from && p.latest.value === value
    ? p.latest.version
    : undefined;
}

async function writeCanonical(ctx: RunContext, secretId: string): Promise<void> {
  const from = ctx.state.fromVersion ?? 0;
  const pending = ctx.pending?.value;
  if (pending === undefined)
    throw new StepFailedError('promote', 'pending-missing', 'the pending value is gone');
  let version = writtenVersion(ctx.parameter, pending, from);
  if (version !== undefined) {
    ctx.done.push(
      `version ${version} already holds the pending value (written before a crash): not written again`,
    );
  } else {
    const p = parameterOf(ctx, 'promote');
    if (p.latest.version !== from) {
      throw new StepFailedError(
        'promote',
        'drift-while-rotating',
        `version ${p.latest.version} of ${secretId} was written outside the rotation, which started from version ${from}; cancel this rotation`,
      );
    }
    const keyId = keyIdOf(ctx, 'promote');
    if (p.previous?.version !== from) await labelVersion(ctx, 'promote', LABELS.previous, from);
    await keepLock(ctx.deps, ctx.lock);
    const written = await writeVersionOnce(ctx.deps.ssm, {
      step: 'promote',
      name: ctx.secret.canonicalName,
      value: pending,
      keyId,
      readBack: async () => {
        const again = await readParameter(ctx.deps.ssm, ctx.secret.canonicalName, { decrypt: true });
        for (const v of again?.versions ?? []) if (v.value !== undefined) register(ctx, v.value);
        return writtenVersion(again, pending, from);
      },
    });
    version = written.version;
    ctx.parameter = withVersion(
      parameterOf(ctx, 'promote'),
      {
        version,
        labels: [],
        type: 'SecureString',
        keyId,
        lastModified: ctx.deps.clock.now(),
        value: pending,
      },
      ROTATION_LIMITS.versionsKept,
    );
    ctx.done.push(
      `wrote version ${version} of ${ctx.secret.canonicalName} (KMS key kept; confirmed by ${written.confirmedBy})`,
    );
  }
  await save(ctx, { phase: 'promoting', toVersion: version, promotedAt: nowIso(ctx) });
}

async function finish(ctx: RunContext, secretId: string, rotationId: string): Promise<void> {
  const { fromVersion: from, toVersion: to } = ctx.state;
  if (from === undefined || to === undefined) {
    throw new StepFailedError('promote', 'state-incomplete', `rotation ${rotationId} has no written version`);
  }
  const p = parameterOf(ctx, 'promote');
  if (p.previous?.version !== from) await labelVersion(ctx, 'promote', LABELS.previous, from);
  if (parameterOf(ctx, 'promote').current?.version !== to)
    await labelVersion(ctx, 'promote', LABELS.current, to);
  if (ctx.pending !== undefined) {
    await keepLock(ctx.deps, ctx.lock);
    await deletePending(ctx.deps.ssm, ctx.secret);
    ctx.pending = undefined;
    ctx.done.push('deleted the pending value');
  }
  const promotedAt = ctx.state.promotedAt ?? nowIso(ctx);
  const alert = rotatedAlert(secretId, rotationId, { from, to }, afterPromotion(ctx, promotedAt));
  ctx.alerts.push(...(await sendAlerts(ctx.deps, [alert], ctx.secretValues)));
  if (ctx.state.phase !== ctx.strategy.promotedPhase) {
    await save(ctx, { phase: ctx.strategy.promotedPhase, lastChangeAt: promotedAt, lastError: undefined });
  }
}
