/**
 * The grace period ends: the clock moves past it, the scheduled tick retires the Twilio
 * token (Twilio promotes the secondary), and the old token is refused by the Twilio stand-in.
 */
import type { TickResult } from '../../shared/rotation/index.ts';
import { TwilioAuthError } from '../../shared/twilio/index.ts';
import { type DemoContext, lambdaContext, scheduledEvent } from './context.ts';
import { printLabels } from './steps-rotation.ts';

/** Moves the shared clock past the grace period and runs the tick. */
export async function tickRetires(ctx: DemoContext): Promise<void> {
  const { p, world } = ctx;
  const graceMs = world.config.rotation.gracePeriodMs;
  p.step(
    'The grace period passes; a scheduled tick retires the old Twilio token',
    `The shared clock moves ${graceMs / 3_600_000} h and 5 min forward (the stand-ins and the product ` +
      'read the same clock). The tick sees the retirement is due and asks Twilio to promote the ' +
      'secondary token: the old primary dies then.',
  );
  const before = world.clock.now().toISOString();
  world.clock.advance(graceMs + 5 * 60_000);
  p.line(`clock ${before} -> ${world.clock.now().toISOString()}`);
  const result = (await ctx.rotate(
    scheduledEvent(world.clock.now(), world.config.aws),
    lambdaContext('rotate') as never,
  )) as TickResult;
  for (const s of result.secrets) {
    const sent = s.alerts.map((a) => `${a.kind} ${a.status}`).join(', ') || 'no alert';
    p.line(`${s.secret}: ${s.action} ${s.outcome}; ${sent}`);
  }
  await printLabels(ctx, ['twilio-auth-token']);
  const sid = ctx.values.accountSid ?? '';
  const oldToken = ctx.values['boot:twilio-auth-token'] ?? '';
  const newToken = ctx.values['new:twilio-auth-token'] ?? '';
  try {
    await ctx.twilio.fetchAccount(sid, oldToken);
    p.line('old token: still accepted (unexpected)');
  } catch (error) {
    if (!(error instanceof TwilioAuthError)) throw error;
    p.line(`old token: refused by Twilio, HTTP ${error.status}, code ${error.code}`);
  }
  const account = await ctx.twilio.fetchAccount(sid, newToken);
  p.line(`new token: accepted (account status ${account.status})`);
}
