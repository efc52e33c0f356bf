/**
 * A subscriber endpoint for SNS tests: a `node:http` server on a random loopback port that
 * records every POST and answers with a chosen status (200 unless told otherwise).
 */
import { createServer, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface ReceivedPost {
  path: string;
  headers: IncomingHttpHeaders;
  body: string;
  /** The body parsed as JSON (the SNS envelope), or undefined when it is not JSON. */
  doc: Record<string, unknown> | undefined;
}

export interface HttpReceiver {
  /** `http://127.0.0.1:<port>/sns` */
  url: string;
  posts: ReceivedPost[];
  /** The status answered from now on. */
  answerWith(status: number): void;
  /** The next POST not yet taken, waiting for it up to `timeoutMs`. */
  next(timeoutMs?: number): Promise<ReceivedPost>;
  close(): Promise<void>;
}

export async function startReceiver(): Promise<HttpReceiver> {
  const posts: ReceivedPost[] = [];
  let taken = 0;
  let status = 200;
  const waiters: Array<() => void> = [];
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const body = Buffer.concat(chunks).toString('utf8');
      let doc: Record<string, unknown> | undefined;
      try {
        doc = JSON.parse(body) as Record<string, unknown>;
      } catch {
        doc = undefined;
      }
      posts.push({ path: req.url ?? '/', headers: req.headers, body, doc });
      for (const wake of waiters.splice(0)) wake();
      res.writeHead(status).end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/sns`,
    posts,
    answerWith: (s) => {
      status = s;
    },
    async next(timeoutMs = 5_000) {
      const deadline = Date.now() + timeoutMs;
      while (posts.length <= taken) {
        if (Date.now() > deadline) throw new Error(`no POST received within ${timeoutMs} ms`);
        await new Promise<void>((resolve) => {
          waiters.push(resolve);
          setTimeout(resolve, 50);
        });
      }
      return posts[taken++] as ReceivedPost;
    },
    async close() {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
