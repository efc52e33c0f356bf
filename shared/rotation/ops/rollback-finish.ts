/**
 * The second half of `rollback`, shared with `resume`: write the value of `fromVersion`
 * back as a new latest version (sent once, read back after an ambiguous failure), label it
 * `current` and the abandoned version `previous`, end the abandoned value outside
 * Parameter Store (Twilio: delete the secondary token), alert, and record the end state.
 */
import { rotatedAlert } from '../alerts/events.ts';
import { sendAlerts } from '../alerts/send.ts';
import { LABELS, ROTATION_LIMITS } from '../constants.ts';
import { StepFailedError } from '../errors.ts';
import { nowIso, type RunContext, register, save, strategyContext } from '../run/context.ts';
import { labelVersion } from '../run/label.ts';
import { keepLock } from '../run/lock.ts';
import { type ParameterSnapshot, readParameter } from '../ssm/history.ts';
import { withVersion } from '../ssm/snapshot-edit.ts';
import { writeVersionOnce } from '../ssm/write-once.ts';
import { refresh } from '../steps/refresh.ts';
import { keyIdOf, parameterOf, versionValue } from '../steps/values.ts';

const restoredIn = (p: ParameterSnapshot | undefined, value: string, after: number) =>
  p !== undefined && p.latest.version > after && p.latest.value === value ? p.latest.version : undefined;

/** Throws `StepFailedError` (step `rollback`), the SDK's and the ops table's errors. */
export async function finishRollback(ctx: RunContext): Promise<void> {
  const { fromVersion: source, toVersion: abandoned, rotationId = '' } = ctx.state;
  if (source === undefined || abandoned === undefined) {
    throw new StepFailedError('rollback', 'state-incomplete', 'the rollback names no versions');
  }
  await refresh(ctx);
  const old = versionValue(ctx, 'rollback', source);
  let restored = ctx.state.restoredVersion ?? restoredIn(ctx.parameter, old, abandoned);
  if (restored === undefined) restored = await writeBack(ctx, old, abandoned);
  if (ctx.state.restoredVersion !== restored) await save(ctx, { restoredVersion: restored });
  if (parameterOf(ctx, 'rollback').previous?.version !== abandoned)
    await labelVersion(ctx, 'rollback', LABELS.previous, abandoned);
  if (parameterOf(ctx, 'rollback').current?.version !== restored)
    await labelVersion(ctx, 'rollback', LABELS.current, restored);
  await ctx.strategy.discard(strategyContext(ctx), old);
  const next =
    ctx.strategy.name === 'twilio-auth-token'
      ? 'The old token is current again and the new one was deleted in Twilio. Roll the application pods.'
      : `Both keys stay in the vault (\`current\` first). Re-encrypt, then sra retire ${ctx.secret.id} --confirm.`;
  const alert = rotatedAlert(ctx.secret.id, rotationId, { from: abandoned, to: restored }, next, true);
  ctx.alerts.push(...(await sendAlerts(ctx.deps, [alert], ctx.secretValues)));
  const now = nowIso(ctx);
  const end = {
    fromVersion: abandoned,
    toVersion: restored,
    restoredVersion: undefined,
    promotedAt: now,
    lastChangeAt: now,
  };
  if (ctx.strategy.name === 'twilio-auth-token') await save(ctx, { ...end, phase: 'idle', retiredAt: now });
  else await save(ctx, { ...end, phase: 'awaiting-reencryption' });
  ctx.done.push(`rolled back: version ${restored} holds the value of version ${source} again`);
}

async function writeBack(ctx: RunContext, old: string, abandoned: number): Promise<number> {
  const p = parameterOf(ctx, 'rollback');
  if (p.latest.version !== abandoned) {
    throw new StepFailedError(
      'rollback',
      'drift-while-rotating',
      `version ${p.latest.version} was written outside the rollback, which expected version ${abandoned} to be the latest`,
    );
  }
  const keyId = keyIdOf(ctx, 'rollback');
  await keepLock(ctx.deps, ctx.lock);
  const written = await writeVersionOnce(ctx.deps.ssm, {
    step: 'rollback',
    name: ctx.secret.canonicalName,
    value: old,
    keyId,
    readBack: async () => {
      const again = await readParameter(ctx.deps.ssm, ctx.secret.canonicalName, { decrypt: true });
      for (const v of again?.versions ?? []) if (v.value !== undefined) register(ctx, v.value);
      return restoredIn(again, old, abandoned);
    },
  });
  ctx.parameter = withVersion(
    p,
    {
      version: written.version,
      labels: [],
      type: 'SecureString',
      keyId,
      lastModified: ctx.deps.clock.now(),
      value: old,
    },
    ROTATION_LIMITS.versionsKept,
  );
  ctx.done.push(
    `wrote version ${written.version} of ${ctx.secret.canonicalName} with the old value (KMS key kept)`,
  );
  return written.version;
}
