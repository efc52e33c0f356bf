/**
 * The Twilio credentials the rotation uses work: the stored account SID and auth token
 * authenticate a fetch of the account. Neither value is ever printed.
 */
import { GetParameterCommand } from '@aws-sdk/client-ssm';
import { TwilioAuthError } from '../../shared/twilio/index.ts';
import { type CheckResult, type DoctorDeps, errorLine, result } from './types.ts';

/** One result per catalog entry with the Twilio strategy. Never throws. */
export async function checkTwilio(deps: DoctorDeps): Promise<CheckResult[]> {
  const entries = deps.config.catalog.filter((e) => e.strategy === 'twilio-auth-token');
  const results: CheckResult[] = [];
  for (const entry of entries) {
    const check = `twilio ${entry.id}`;
    const sidId = entry.accountSidSecret ?? '';
    try {
      const sid = await read(deps, sidId);
      const token = await read(deps, entry.id);
      const account = await deps.twilio.fetchAccount(sid, token);
      results.push(
        account.status === 'active'
          ? result(
              check,
              'ok',
              `the stored account SID and auth token authenticate (account ${account.status})`,
            )
          : result(
              check,
              'warn',
              `the credentials work but the account is ${account.status}`,
              'check the account in the Twilio Console',
            ),
      );
    } catch (error) {
      if (error instanceof TwilioAuthError)
        results.push(
          result(
            check,
            'fail',
            `Twilio refused the stored credentials (HTTP ${error.status}, code ${error.code})`,
            `write the working token as a new version (then sra status shows drift), or check ${sidId}`,
          ),
        );
      else
        results.push(
          result(
            check,
            'fail',
            `cannot check: ${errorLine(error)}`,
            'check the parameters exist and your role may decrypt them, and that Twilio is reachable',
          ),
        );
    }
  }
  return results;
}

async function read(deps: DoctorDeps, id: string): Promise<string> {
  const name = deps.config.layout.canonicalName(id);
  const answer = await deps.ssm.send(new GetParameterCommand({ Name: name, WithDecryption: true }));
  return answer.Parameter?.Value ?? '';
}
