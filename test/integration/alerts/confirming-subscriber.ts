/**
 * An HTTP subscriber for alert tests: a `node:http` server on a random loopback port that
 * confirms its subscription by fetching the SubscribeURL (as a real endpoint does) and
 * keeps every Notification envelope it receives.
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface Notification {
  Type: 'Notification';
  MessageId: string;
  Subject?: string;
  /** The message for the `http` protocol: the alerts' JSON document. */
  Message: string;
  MessageAttributes?: Record<string, { Type: string; Value: string }>;
}

export interface ConfirmingSubscriber {
  /** `http://127.0.0.1:<port>/alerts` */
  url: string;
  notifications: Notification[];
  /** Resolves once the SubscribeURL was fetched successfully. */
  confirmed: Promise<void>;
  close(): Promise<void>;
}

export async function startConfirmingSubscriber(): Promise<ConfirmingSubscriber> {
  const notifications: Notification[] = [];
  let confirm: () => void = () => {};
  let fail: (error: Error) => void = () => {};
  const confirmed = new Promise<void>((resolve, reject) => {
    confirm = resolve;
    fail = reject;
  });
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const doc = JSON.parse(Buffer.concat(chunks).toString('utf8')) as Record<string, unknown>;
      res.writeHead(200).end();
      if (doc.Type === 'SubscriptionConfirmation') {
        fetch(String(doc.SubscribeURL))
          .then((answer) =>
            answer.ok ? confirm() : fail(new Error(`SubscribeURL answered ${answer.status}`)),
          )
          .catch(fail);
      } else if (doc.Type === 'Notification') {
        notifications.push(doc as unknown as Notification);
      }
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/alerts`,
    notifications,
    confirmed,
    async close() {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
