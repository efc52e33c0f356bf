/** The Twilio account SID of a secret, read from its own catalog entry's parameter. */
import { GetParameterCommand } from '@aws-sdk/client-ssm';
import { TwilioAuthError } from '../../twilio/index.ts';
import { REFUSALS } from '../constants.ts';
import { StepFailedError } from '../errors.ts';
import { classifySsmError } from '../ssm/classify.ts';
import type { StrategyContext } from './types.ts';

/**
 * Reads the account SID (decrypted). Throws `StepFailedError` (code `account-sid-missing`)
 * when the catalog entry names none or its parameter does not exist, and the SDK's error.
 */
export async function accountSid(ctx: StrategyContext, step: string): Promise<string> {
  const sidId = ctx.secret.entry.accountSidSecret;
  const missing = (why: string) =>
    new StepFailedError(
      step,
      REFUSALS.accountSidMissing,
      `the Twilio account SID of ${ctx.secret.id} ${why}`,
    );
  if (sidId === undefined) throw missing('is not configured (accountSidSecret)');
  const name = ctx.deps.config.layout.canonicalName(sidId);
  try {
    const answer = await ctx.deps.ssm.send(new GetParameterCommand({ Name: name, WithDecryption: true }));
    const sid = answer.Parameter?.Value;
    if (sid === undefined || sid === '') throw missing(`parameter ${name} is empty`);
    ctx.register(sid);
    return sid;
  } catch (error) {
    if (classifySsmError(error) === 'not-found') throw missing(`parameter ${name} does not exist`);
    throw error;
  }
}

/** Whether the token authenticates: false on Twilio's 401/20003, the client's error otherwise. */
export async function authenticates(ctx: StrategyContext, sid: string, token: string): Promise<boolean> {
  try {
    await ctx.deps.twilio.fetchAccount(sid, token);
    return true;
  } catch (error) {
    if (error instanceof TwilioAuthError) return false;
    throw error;
  }
}
