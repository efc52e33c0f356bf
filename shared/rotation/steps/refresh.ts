/** Reads the canonical parameter (decrypted) and the pending value again, for a step that must not trust an old view. */
import { type RunContext, register } from '../run/context.ts';
import { readParameter } from '../ssm/history.ts';
import { readPending } from '../ssm/pending.ts';

/** Throws the SDK's errors. */
export async function refresh(ctx: RunContext): Promise<void> {
  const [parameter, pending] = await Promise.all([
    readParameter(ctx.deps.ssm, ctx.secret.canonicalName, { decrypt: true }),
    readPending(ctx.deps.ssm, ctx.secret),
  ]);
  for (const v of parameter?.versions ?? []) if (v.value !== undefined) register(ctx, v.value);
  if (pending !== undefined) register(ctx, pending.value);
  ctx.parameter = parameter;
  ctx.pending = pending;
}
