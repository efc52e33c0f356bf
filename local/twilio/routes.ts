/**
 * Twilio's wire format: claims the auth-token and account paths (the product is configured
 * with this server as both `accounts.twilio.com` and `api.twilio.com`), authenticates by
 * HTTP Basic, calls one model method, answers JSON, and logs the call.
 */
import type { LocalClock } from '../core/clock.ts';
import type { LocalRequest, LocalResponse, Route } from '../core/service.ts';
import type { CallLog, TwilioCall } from './calls.ts';
import { TWILIO, TWILIO_ACTIONS } from './constants.ts';
import { MethodNotAllowedError, ResourceNotFoundError, TwilioError } from './errors.ts';
import { accountResource, json, promotionResource, secondaryResource, twilioErrorResponse } from './json.ts';
import type { TwilioModel } from './model.ts';

/** Claims every request under Twilio's auth-token and account paths. */
export function routeTwilio(req: LocalRequest): Route | undefined {
  const path = req.path;
  if (!TWILIO.claimedPrefixes.some((prefix) => path === prefix || path.startsWith(`${prefix}/`)))
    return undefined;
  return { service: 'twilio', action: actionOf(req.method, path) };
}

function actionOf(method: string, path: string): string {
  if (path === TWILIO.secondaryPath && method === 'POST') return TWILIO_ACTIONS.createSecondary;
  if (path === TWILIO.secondaryPath && method === 'DELETE') return TWILIO_ACTIONS.deleteSecondary;
  if (path === TWILIO.promotePath && method === 'POST') return TWILIO_ACTIONS.promote;
  if (TWILIO.accountPath.test(path) && method === 'GET') return TWILIO_ACTIONS.fetchAccount;
  return TWILIO_ACTIONS.unsupported;
}

export interface TwilioContext {
  model: TwilioModel;
  calls: CallLog;
  clock: LocalClock;
}

/** Serves a claimed request; Twilio's refusals become its JSON error document. */
export function handleTwilio(ctx: TwilioContext, req: LocalRequest, route: Route): LocalResponse {
  const credential = credentialOf(ctx, req.basicAuth);
  let answer: LocalResponse;
  try {
    ctx.model.authenticate(req.basicAuth);
    answer = serve(ctx.model, req, route.action);
  } catch (error) {
    if (!(error instanceof TwilioError)) throw error;
    answer = twilioErrorResponse(error.status, error.code, error.message);
  }
  logCall(ctx, req, route, answer.status, credential);
  return answer;
}

function serve(model: TwilioModel, req: LocalRequest, action: string): LocalResponse {
  const account = model.account;
  switch (action) {
    case TWILIO_ACTIONS.createSecondary:
      return json(201, secondaryResource(account, model.createSecondary(), req.baseUrl));
    case TWILIO_ACTIONS.deleteSecondary:
      model.deleteSecondary();
      return { status: 204 };
    case TWILIO_ACTIONS.promote:
      return json(200, promotionResource(account, model.promote(), req.baseUrl));
    case TWILIO_ACTIONS.fetchAccount: {
      const sid = TWILIO.accountPath.exec(req.path)?.[1] ?? '';
      return json(200, accountResource(model.fetchAccount(sid, req.path)));
    }
    default:
      if (
        req.path === TWILIO.secondaryPath ||
        req.path === TWILIO.promotePath ||
        TWILIO.accountPath.test(req.path)
      ) {
        throw new MethodNotAllowedError();
      }
      throw new ResourceNotFoundError(req.path.replace(/^\/v1(?=\/)/, ''));
  }
}

/** Records a call answered by fault injection or by `handleTwilio`. */
export function logCall(
  ctx: TwilioContext,
  req: LocalRequest,
  route: Route,
  status: number,
  credential: TwilioCall['credential'],
): void {
  ctx.calls.add({
    time: ctx.clock.now().toISOString(),
    method: req.method,
    path: req.path,
    action: route.action,
    status,
    credential,
  });
}

/** Which credential a call carries, for the call log. */
export function credentialOf(ctx: TwilioContext, auth: LocalRequest['basicAuth']): TwilioCall['credential'] {
  if (!auth) return 'none';
  try {
    return ctx.model.authenticate(auth);
  } catch {
    return 'invalid';
  }
}
