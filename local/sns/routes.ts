/**
 * SNS's wire format: claims query-protocol requests (form POSTs with `Action`, and GETs of a
 * SubscribeURL or UnsubscribeURL), reads the parameters, calls one model method, writes XML.
 */
import type { LocalRequest, LocalResponse, LocalWorld, Route } from '../core/service.ts';
import { SNS, SNS_ACTIONS, type SnsAction } from './constants.ts';
import { InvalidActionError, SnsError } from './errors.ts';
import type { CallContext, SnsModel } from './model.ts';
import { QueryParams } from './query.ts';
import { entries, field, members, snsErrorResponse, successResponse } from './xml.ts';

type Handler = (model: SnsModel, p: QueryParams, ctx: CallContext) => string | undefined;

const HANDLERS: Record<SnsAction, Handler> = {
  CreateTopic: (m, p, ctx) => field('TopicArn', m.createTopic(ctx, p.required('Name'), p.map('Attributes'))),
  DeleteTopic: (m, p) => void m.deleteTopic(p.required('TopicArn')),
  ListTopics: (m, p) => {
    const { arns, nextToken } = m.listTopics(p.get('NextToken'));
    return members('Topics', arns, (arn) => field('TopicArn', arn)) + field('NextToken', nextToken);
  },
  GetTopicAttributes: (m, p) => entries('Attributes', m.topicAttributes(p.required('TopicArn'))),
  Subscribe: (m, p, ctx) => {
    const arn = m.subscribe(ctx, {
      topicArn: p.required('TopicArn'),
      protocol: p.required('Protocol'),
      endpoint: p.get('Endpoint'),
      attributes: p.map('Attributes'),
      returnSubscriptionArn: p.get('ReturnSubscriptionArn') === 'true',
    });
    return field('SubscriptionArn', arn);
  },
  ConfirmSubscription: (m, p) =>
    field('SubscriptionArn', m.confirmSubscription(p.required('TopicArn'), p.required('Token'))),
  Unsubscribe: (m, p) => void m.unsubscribe(p.required('SubscriptionArn')),
  ListSubscriptionsByTopic: (m, p) => {
    const { subscriptions, nextToken } = m.listSubscriptionsByTopic(
      p.required('TopicArn'),
      p.get('NextToken'),
    );
    const list = members('Subscriptions', subscriptions, (s) =>
      [
        field('TopicArn', s.topicArn),
        field('Protocol', s.protocol),
        field('SubscriptionArn', s.pending ? 'PendingConfirmation' : s.arn),
        field('Owner', s.owner),
        field('Endpoint', s.endpoint),
      ].join(''),
    );
    return list + field('NextToken', nextToken);
  },
  Publish: (m, p, ctx) => {
    const result = m.publish(ctx, {
      topicArn: p.get('TopicArn'),
      targetArn: p.get('TargetArn'),
      phoneNumber: p.get('PhoneNumber'),
      message: p.required('Message'),
      subject: p.get('Subject'),
      messageStructure: p.get('MessageStructure'),
      attributes: p.messageAttributes(),
      messageGroupId: p.get('MessageGroupId'),
      messageDeduplicationId: p.get('MessageDeduplicationId'),
    });
    return field('MessageId', result.messageId) + field('SequenceNumber', result.sequenceNumber);
  },
};

/** Actions a link in a message may trigger with a plain GET. */
const GET_ACTIONS = new Set(['ConfirmSubscription', 'Unsubscribe']);

/** Claims SNS requests; returns undefined for anything else. */
export function routeSns(req: LocalRequest): Route | undefined {
  if (req.method === 'GET' && req.path === '/') {
    const action = req.query.get('Action');
    return action && GET_ACTIONS.has(action) ? { service: 'sns', action } : undefined;
  }
  if (
    req.method !== 'POST' ||
    !req.headers['content-type']?.startsWith('application/x-www-form-urlencoded')
  ) {
    return undefined;
  }
  const params = new URLSearchParams(req.body.toString('utf8'));
  const action = params.get('Action');
  if (!action) return undefined;
  const ours = params.get('Version') === SNS.version || signingService(req) === 'sns';
  return ours ? { service: 'sns', action } : undefined;
}

/** Serves a claimed request; client errors become SNS's XML error document. */
export function handleSns(
  model: SnsModel,
  req: LocalRequest,
  route: Route,
  world: LocalWorld,
): LocalResponse {
  const params = req.method === 'GET' ? new QueryParams(req.query) : QueryParams.fromBody(req.body);
  const ctx: CallContext = { region: world.region, account: world.accountId, baseUrl: req.baseUrl };
  try {
    if (!(SNS_ACTIONS as readonly string[]).includes(route.action)) {
      throw new InvalidActionError(`The action ${route.action} is not valid for this web service.`);
    }
    const result = HANDLERS[route.action as SnsAction](model, params, ctx);
    return successResponse(route.action, result, req.requestId);
  } catch (error) {
    if (error instanceof SnsError) return snsErrorResponse(error, req.requestId);
    throw error;
  }
}

/** The service of the SigV4 credential scope (`Credential=AKID/date/region/service/aws4_request`). */
function signingService(req: LocalRequest): string | undefined {
  return /Credential=[^/,\s]+\/\d{8}\/[^/]+\/([^/]+)\/aws4_request/.exec(
    req.headers.authorization ?? '',
  )?.[1];
}
