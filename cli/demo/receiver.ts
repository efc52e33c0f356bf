/**
 * The demo's alert receiver: an HTTP endpoint on a free loopback port that confirms its SNS
 * subscription as a real endpoint does (it fetches the SubscribeURL of the
 * SubscriptionConfirmation) and keeps every Notification it receives.
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface ReceivedAlert {
  readonly messageId: string;
  readonly subject: string;
  /** The `http` protocol's message: the alerts' JSON document. */
  readonly document: string;
  readonly attributes: Record<string, string>;
}

export interface AlertReceiver {
  readonly url: string;
  readonly received: ReceivedAlert[];
  /** Resolves once the SubscribeURL answered 2xx; rejects when it did not. */
  readonly confirmed: Promise<void>;
  close(): Promise<void>;
}

/** Starts the receiver. Rejects when no port can be bound. */
export async function startAlertReceiver(): Promise<AlertReceiver> {
  const received: ReceivedAlert[] = [];
  let confirm: () => void = () => {};
  let fail: (error: Error) => void = () => {};
  const confirmed = new Promise<void>((resolve, reject) => {
    confirm = resolve;
    fail = reject;
  });
  confirmed.catch(() => {});
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      res.writeHead(200).end();
      let doc: Record<string, unknown>;
      try {
        doc = JSON.parse(Buffer.concat(chunks).toString('utf8')) as Record<string, unknown>;
      } catch {
        return;
      }
      if (doc.Type === 'SubscriptionConfirmation') {
        fetch(String(doc.SubscribeURL))
          .then(async (answer) => {
            await answer.text();
            if (answer.ok) confirm();
            else fail(new Error(`SubscribeURL answered ${answer.status}`));
          })
          .catch(fail);
      } else if (doc.Type === 'Notification') {
        const attributes = (doc.MessageAttributes ?? {}) as Record<string, { Value: string }>;
        received.push({
          messageId: String(doc.MessageId),
          subject: String(doc.Subject ?? ''),
          document: String(doc.Message),
          attributes: Object.fromEntries(Object.entries(attributes).map(([k, v]) => [k, v.Value])),
        });
      }
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/alerts`,
    received,
    confirmed,
    async close() {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
