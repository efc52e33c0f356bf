/**
 * The Twilio auth-token strategy. A new token is Twilio's secondary token (any existing
 * secondary, made by a person or by a run whose answer was lost, is deleted first); it is
 * good when it authenticates a GET of the account and the current token still does. After
 * the SSM promotion both work until `retire` promotes the secondary in Twilio, which kills
 * the old primary at once. Every POST is sent once; after an ambiguous answer the step
 * decides by which tokens authenticate.
 */
import { TwilioAmbiguousError, TwilioNotFoundError } from '../../twilio/index.ts';
import { ROTATION_LIMITS } from '../constants.ts';
import { PendingLostError, StepFailedError, TokenInvalidError } from '../errors.ts';
import { accountSid, authenticates } from './twilio-account.ts';
import { twilioStepError } from './twilio-errors.ts';
import type { Strategy, StrategyContext } from './types.ts';

const sids = new WeakMap<StrategyContext, string>();

async function sidOf(ctx: StrategyContext, step: string): Promise<string> {
  const known = sids.get(ctx);
  if (known !== undefined) return known;
  const sid = await accountSid(ctx, step);
  sids.set(ctx, sid);
  return sid;
}

/** Runs a Twilio call made with the current token, mapping its errors. */
async function withCurrent<T>(ctx: StrategyContext, step: string, call: () => Promise<T>): Promise<T> {
  try {
    return await call();
  } catch (error) {
    throw twilioStepError(step, ctx.secret.id, error);
  }
}

export const twilioAuthTokenStrategy: Strategy = {
  name: 'twilio-auth-token',
  promotedPhase: 'awaiting-retire',

  async generate(ctx, current) {
    const sid = await sidOf(ctx, 'create');
    const twilio = ctx.deps.twilio;
    for (let attempt = 1; attempt <= ROTATION_LIMITS.writeAttempts; attempt += 1) {
      await ctx.keepLock();
      const deleted = await withCurrent(ctx, 'create', () => twilio.deleteSecondaryToken(sid, current));
      if (deleted === 'deleted')
        ctx.note('deleted an existing Twilio secondary token whose value was unknown');
      await ctx.keepLock();
      try {
        const { secondaryToken } = await withCurrent(ctx, 'create', () =>
          twilio.createSecondaryToken(sid, current),
        );
        ctx.register(secondaryToken);
        ctx.note('created a Twilio secondary token');
        return secondaryToken;
      } catch (error) {
        // The token may exist but its value is lost: delete it and create it again.
        if (!(error instanceof StepFailedError && error.cause instanceof TwilioAmbiguousError)) throw error;
      }
    }
    throw new StepFailedError(
      'create',
      'twilio-ambiguous',
      'creating the Twilio secondary token never answered',
    );
  },

  async usable(ctx, pending) {
    const sid = await sidOf(ctx, 'create');
    return withCurrent(ctx, 'create', () => authenticates(ctx, sid, pending));
  },

  async test(ctx, pending, current) {
    const sid = await sidOf(ctx, 'test');
    if (!(await withCurrent(ctx, 'test', () => authenticates(ctx, sid, pending)))) {
      throw new PendingLostError(
        'test',
        'pending-lost',
        `the Twilio secondary token of ${ctx.secret.id} no longer authenticates`,
      );
    }
    await withCurrent(ctx, 'test', () => ctx.deps.twilio.fetchAccount(sid, current));
    ctx.note('tested the secondary token (GET of the account) and that the current token still works');
  },

  async retire(ctx, { old, current }) {
    const sid = await sidOf(ctx, 'retire');
    const twilio = ctx.deps.twilio;
    for (let attempt = 1; attempt <= ROTATION_LIMITS.writeAttempts; attempt += 1) {
      if (!(await withCurrent(ctx, 'retire', () => authenticates(ctx, sid, current)))) {
        throw new TokenInvalidError(
          'retire',
          'token-invalid',
          `the current Twilio token of ${ctx.secret.id} no longer authenticates`,
        );
      }
      if (!(await withCurrent(ctx, 'retire', () => authenticates(ctx, sid, old)))) {
        ctx.note('the old Twilio token was already dead: the secondary had been promoted');
        return attempt === 1 ? 'already' : 'retired';
      }
      await ctx.keepLock();
      try {
        await twilio.promoteSecondaryToken(sid, current);
        ctx.note('promoted the secondary token in Twilio: the old token stopped working');
        return 'retired';
      } catch (error) {
        // Ambiguous: the next round reads back which tokens work. No secondary: the current
        // token is the primary already only if the old one is dead, which the next round sees.
        if (error instanceof TwilioAmbiguousError || error instanceof TwilioNotFoundError) continue;
        throw twilioStepError('retire', ctx.secret.id, error);
      }
    }
    throw new StepFailedError(
      'retire',
      'twilio-ambiguous',
      'promoting the Twilio secondary token never answered',
    );
  },

  async discard(ctx, primary) {
    const sid = await sidOf(ctx, 'cancel');
    await ctx.keepLock();
    const outcome = await withCurrent(ctx, 'cancel', () =>
      ctx.deps.twilio.deleteSecondaryToken(sid, primary),
    );
    ctx.note(
      outcome === 'deleted' ? 'deleted the Twilio secondary token' : 'no Twilio secondary token to delete',
    );
  },

  invalid(value) {
    return value.trim() === '' ? 'is empty (no Twilio auth token)' : undefined;
  },

  tag: () => undefined,
};
