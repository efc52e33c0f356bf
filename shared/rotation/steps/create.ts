/**
 * Step `create` [createSecret]: make the pending value and store it in the ops namespace,
 * under the canonical parameter's KMS key. Already done when the phase is past `creating`;
 * a stored pending value that still works is reused (a crash after storing it).
 */
import { type RunContext, save, strategyContext } from '../run/context.ts';
import { keepLock } from '../run/lock.ts';
import { writePending } from '../ssm/pending.ts';
import { fromValue, keyIdOf } from './values.ts';

export async function createStep(ctx: RunContext, secretId: string, rotationId: string): Promise<void> {
  if (ctx.state.phase !== 'creating' || ctx.state.rotationId !== rotationId) return;
  const sctx = strategyContext(ctx);
  const stored = ctx.pending?.value;
  if (stored !== undefined && (await ctx.strategy.usable(sctx, stored))) {
    ctx.done.push(
      `reused the pending value stored by rotation ${rotationId} (pending version ${ctx.pending?.version})`,
    );
    await save(ctx, { phase: 'created', pendingVersion: ctx.pending?.version });
    return;
  }
  const keyId = keyIdOf(ctx, 'create');
  const value = await ctx.strategy.generate(sctx, fromValue(ctx, 'create'));
  await keepLock(ctx.deps, ctx.lock);
  const version = await writePending(ctx.deps.ssm, ctx.secret, value, keyId);
  ctx.pending = { version, value };
  ctx.done.push(`stored the pending value of ${secretId} (pending version ${version}, same KMS key)`);
  await save(ctx, { phase: 'created', pendingVersion: version, lastError: undefined });
}
