/**
 * The Twilio control routes, mounted under `/_local/twilio/`:
 * - `GET tokens`: `{ accountSid, primary, secondary }` (secondary null when there is none);
 * - `POST account`: seeds the account from `{ sid?, authToken?, friendlyName? }` (missing
 *   values are generated) and answers like `GET tokens`;
 * - `POST secondary`: creates a secondary token as a person would in the Console;
 * - `GET calls`: every call with time, method, path, action, status and which credential
 *   authenticated (never a token); `DELETE calls` clears the log.
 */
import { z } from 'zod';
import { controlJson, parseControl } from '../control/respond.ts';
import type { LocalRequest, LocalResponse } from '../core/service.ts';
import type { CallLog } from './calls.ts';
import { ACCOUNT_SID, AUTH_TOKEN } from './constants.ts';
import type { TwilioModel } from './model.ts';

const seedSchema = z.strictObject({
  sid: z.string().regex(ACCOUNT_SID, 'AC and 32 lowercase hex digits').optional(),
  authToken: z.string().regex(AUTH_TOKEN, '32 lowercase hex digits').optional(),
  friendlyName: z.string().min(1).max(64).optional(),
});

function tokens(model: TwilioModel): LocalResponse {
  const a = model.account;
  return controlJson(200, {
    accountSid: a.sid,
    primary: a.primary.value,
    secondary: a.secondary?.value ?? null,
  });
}

/** Answers a control request, or undefined when the subpath is not a Twilio control route. */
export async function twilioControl(
  model: TwilioModel,
  calls: CallLog,
  subpath: string,
  req: LocalRequest,
): Promise<LocalResponse | undefined> {
  switch (`${req.method} ${subpath.replace(/^\/+|\/+$/g, '')}`) {
    case 'GET tokens':
      return tokens(model);
    case 'POST account': {
      const parsed = parseControl(req, seedSchema);
      if (!parsed.ok) return parsed.response;
      model.seed(parsed.value);
      return tokens(model);
    }
    case 'POST secondary':
      model.createSecondary();
      return tokens(model);
    case 'GET calls':
      return controlJson(200, { calls: calls.list() });
    case 'DELETE calls':
      calls.clear();
      return controlJson(200, { calls: [] });
    default:
      return undefined;
  }
}
