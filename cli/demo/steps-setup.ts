/**
 * The demo's setting: the identities the stand-ins attribute calls to, the origin
 * document's four parameters created by hand, and the alert receiver's subscription.
 */
import { randomBytes } from 'node:crypto';
import { ListSubscriptionsByTopicCommand, SubscribeCommand } from '@aws-sdk/client-sns';
import { PutParameterCommand } from '@aws-sdk/client-ssm';
import { ACTORS, type ActorName, DEMO_KMS_KEY, DEMO_OIDC } from './constants.ts';
import type { DemoContext } from './context.ts';
import { fingerprint } from './show.ts';

/** Seeds the four identities; the application may only read under its root (its IRSA grant). */
export async function seedIdentities(ctx: DemoContext): Promise<void> {
  const { world, p } = ctx;
  const layout = world.config.layout;
  const appGrant = layout.iamResource(layout.appPrefix(), { wildcard: true });
  const seed = (name: ActorName) => {
    const a = ACTORS[name];
    return {
      type: 'AssumedRole',
      accessKeyId: a.accessKeyId,
      roleArn: a.roleArn,
      sessionName: a.sessionName,
      sourceIp: a.sourceIp,
      userAgent: a.userAgent,
      ...('webIdentity' in a ? { webIdentityProvider: DEMO_OIDC } : {}),
      ...(name === 'app' ? { allow: [{ actions: ['ssm:GetParameter*'], resources: [appGrant] }] } : {}),
    };
  };
  await world.control('POST', 'identities', (Object.keys(ACTORS) as ActorName[]).map(seed));
  p.step(
    'Identities',
    'The stand-ins attribute every call to the identity behind its access key, as CloudTrail does. ' +
      'The audit policy lists the application, the tool and the operators; anyone else is unknown.',
  );
  const group = { app: 'application', tool: 'tool', operator: 'operators', stranger: '(on no list)' };
  p.table(
    ['who', 'role', 'audit policy group'],
    (Object.keys(ACTORS) as ActorName[]).map((n) => [ACTORS[n].label, roleName(ACTORS[n].roleArn), group[n]]),
  );
  p.line(`the application's grant: ssm:GetParameter* on ${appGrant}`);
}

/** Creates the four parameters as the origin document's setup guide does: SecureString, no labels. */
export async function createParameters(ctx: DemoContext): Promise<void> {
  const { world, p, values } = ctx;
  values.cloakKey = randomBytes(32).toString('base64');
  values.accountSid = `AC${randomBytes(16).toString('hex')}`;
  values.authToken = randomBytes(16).toString('hex');
  values.verifySid = `VA${randomBytes(16).toString('hex')}`;
  await world.control('POST', 'twilio/account', { sid: values.accountSid, authToken: values.authToken });
  const items: Array<[string, string]> = [
    ['cloak-key', values.cloakKey],
    ['twilio-account-sid', values.accountSid],
    ['twilio-auth-token', values.authToken],
    ['twilio-verify-service-sid', values.verifySid],
  ];
  p.step(
    'Parameters created by hand',
    'The operator puts the four parameters as SecureStrings with a customer managed KMS key, ' +
      'without labels, exactly as the origin document sets them up. Values are never shown: ' +
      'a cloak key by its Cloak tag, anything else by a SHA-256 fingerprint.',
  );
  const rows: string[][] = [];
  for (const [id, value] of items) {
    const name = world.config.layout.canonicalName(id);
    const put = await world
      .as('operator')
      .ssm.send(
        new PutParameterCommand({ Name: name, Value: value, Type: 'SecureString', KeyId: DEMO_KMS_KEY }),
      );
    rows.push([name, `v${put.Version}`, 'SecureString', fingerprint(value)]);
  }
  p.table(['parameter', 'version', 'type', 'fingerprint'], rows);
  p.line(`KMS key: ${DEMO_KMS_KEY}`);
}

/** Subscribes the receiver to the alert topic and waits for the confirmation handshake. */
export async function subscribeReceiver(ctx: DemoContext): Promise<void> {
  const { world, p, receiver } = ctx;
  const sns = world.as('operator').sns;
  const answer = await sns.send(
    new SubscribeCommand({ TopicArn: world.topicArn, Protocol: 'http', Endpoint: receiver.url }),
  );
  p.step(
    'An alert receiver subscribes to the topic',
    'A local HTTP endpoint stands for the on-call tooling. SNS first sends it a ' +
      'SubscriptionConfirmation; the endpoint confirms by fetching the SubscribeURL.',
  );
  p.line(`Subscribe http ${receiver.url}: ${answer.SubscriptionArn}`);
  await receiver.confirmed;
  const listed = await sns.send(new ListSubscriptionsByTopicCommand({ TopicArn: world.topicArn }));
  const arn = listed.Subscriptions?.find((s) => s.Endpoint === receiver.url)?.SubscriptionArn ?? '';
  p.line(`after the handshake: ${arn.startsWith('arn:') ? 'confirmed' : arn} (${arn})`);
}

function roleName(arn: string): string {
  return arn.slice(arn.lastIndexOf('/') + 1);
}
