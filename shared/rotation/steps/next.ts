/** What the operator does after a promotion, for the `rotated` alert and the result. */
import type { RunContext } from '../run/context.ts';

/** Never throws. */
export function afterPromotion(ctx: RunContext, promotedAt: string): string {
  if (ctx.strategy.name === 'twilio-auth-token') {
    const until = new Date(Date.parse(promotedAt) + ctx.deps.config.rotation.gracePeriodMs).toISOString();
    return `Both tokens work until the grace period ends at ${until}, when the old one is retired in Twilio. Roll the application pods before then; until then accept webhook signatures made with either \`current\` or \`previous\`.`;
  }
  return `Keep both keys in the Cloak vault (the \`current\` key first), re-encrypt the data, then confirm with \`sra retire ${ctx.secret.id} --confirm\`. A new rotation is refused until then.`;
}
