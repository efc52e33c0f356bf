/**
 * The SNS control routes, mounted under `/_local/sns/`:
 * - `GET outbox` every published message with its deliveries (`?wait=1` first waits for
 *   HTTP deliveries in flight to finish); `DELETE outbox` clears it (answering the empty list);
 * - `GET subscriptions` every subscription with its state and confirmation token;
 * - `GET topics` every topic with its attributes;
 * - `GET signing-key.pem` the public key that verifies envelope signatures.
 */
import { controlJson } from '../control/respond.ts';
import type { LocalRequest, LocalResponse } from '../core/service.ts';
import { SNS } from './constants.ts';
import { signingPublicKeyPem } from './envelope.ts';
import type { SnsModel } from './model.ts';

/** Answers a control request, or returns undefined when the subpath is not an SNS control route. */
export async function snsControl(
  model: SnsModel,
  subpath: string,
  req: LocalRequest,
): Promise<LocalResponse | undefined> {
  const path = subpath.replace(/^\/+|\/+$/g, '');
  const key = `${req.method} ${path}`;
  switch (key) {
    case 'GET outbox':
      if (req.query.get('wait') !== null) await model.outbox.settled();
      return controlJson(200, { messages: model.outbox.list() });
    case 'DELETE outbox':
      model.outbox.clear();
      return controlJson(200, { messages: [] });
    case 'GET subscriptions':
      return controlJson(200, {
        subscriptions: model.subscriptions().map((s) => ({
          subscriptionArn: s.arn,
          topicArn: s.topicArn,
          protocol: s.protocol,
          endpoint: s.endpoint,
          attributes: s.attributes,
          pendingConfirmation: s.pending,
          ...(s.pending && s.token ? { token: s.token } : {}),
          confirmations: s.confirmations,
        })),
      });
    case 'GET topics':
      return controlJson(200, {
        topics: model.topicArns().map((arn) => ({ topicArn: arn, attributes: model.topicAttributes(arn) })),
      });
    case `GET ${SNS.signingKeyPath}`:
      return {
        status: 200,
        headers: { 'content-type': 'application/x-pem-file' },
        body: signingPublicKeyPem(),
      };
    default:
      return undefined;
  }
}
