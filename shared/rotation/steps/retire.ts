/**
 * Step `retire` (no Secrets Manager equivalent): end the old value's life. Twilio: promote
 * the secondary token in Twilio (the old primary dies); cloak key: mark it retired after the
 * operator's confirmation (checked by the action). Already done when the phase is `idle`.
 * The `retired` alert is published before the phase changes, so a crash between the two
 * publishes it again at most (suppressed when it was delivered).
 */
import { retiredAlert } from '../alerts/events.ts';
import { sendAlerts } from '../alerts/send.ts';
import { nowIso, type RunContext, save, strategyContext } from '../run/context.ts';
import { AWAITING_PHASES } from '../state.ts';
import { versionValue } from './values.ts';

export async function retireStep(ctx: RunContext, secretId: string, rotationId: string): Promise<void> {
  if (ctx.state.rotationId !== rotationId || !AWAITING_PHASES.includes(ctx.state.phase)) return;
  const old = versionValue(ctx, 'retire', ctx.state.fromVersion);
  const current = versionValue(ctx, 'retire', ctx.state.toVersion);
  await ctx.strategy.retire(strategyContext(ctx), { old, current });
  const what =
    ctx.strategy.name === 'twilio-auth-token'
      ? `The old Twilio auth token (version ${ctx.state.fromVersion}) no longer works; webhooks are signed with the current one only.`
      : `The old cloak key (version ${ctx.state.fromVersion}) is retired: the data was re-encrypted. It stays in the parameter history.`;
  ctx.alerts.push(
    ...(await sendAlerts(ctx.deps, [retiredAlert(secretId, rotationId, what)], ctx.secretValues)),
  );
  await save(ctx, { phase: 'idle', retiredAt: nowIso(ctx), lastError: undefined });
}
