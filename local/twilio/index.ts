/**
 * The Twilio stand-in: `POST`/`DELETE /v1/AuthTokens/Secondary`, `POST /v1/AuthTokens/Promote`
 * and `GET /2010-04-01/Accounts/{AccountSid}.json`, with HTTP Basic auth by account SID and
 * token. Control routes: see `control.ts`; behaviour Twilio does not document: `README.md`.
 */
import type { LocalService, LocalWorld } from '../core/service.ts';
import { CallLog } from './calls.ts';
import { twilioControl } from './control.ts';
import { twilioErrorResponse } from './json.ts';
import { TwilioModel } from './model.ts';
import { credentialOf, handleTwilio, logCall, routeTwilio, type TwilioContext } from './routes.ts';

export type { TwilioCall } from './calls.ts';
export { TWILIO, TWILIO_ACTIONS, TWILIO_ERROR_CODES } from './constants.ts';

/** Creates the Twilio service for the local server, with a generated account until one is seeded. */
export function createTwilioService(world: LocalWorld): LocalService {
  const ctx: TwilioContext = {
    model: new TwilioModel(world.clock),
    calls: new CallLog(),
    clock: world.clock,
  };
  return {
    route: routeTwilio,
    handle: async (req, route) => handleTwilio(ctx, req, route),
    error: (req, route, error) => {
      const answer = twilioErrorResponse(error.status, error.code, error.message);
      logCall(ctx, req, route, answer.status, credentialOf(ctx, req.basicAuth));
      return answer;
    },
    reset: () => {
      ctx.model.seed({});
      ctx.calls.clear();
    },
    control: (subpath, req) => twilioControl(ctx.model, ctx.calls, subpath, req),
  };
}
