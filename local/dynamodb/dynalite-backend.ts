/**
 * An in-process dynalite server on a random loopback port, started on first use, and the
 * plain HTTP exchange with it: a request goes as it came (method, headers, body) and the
 * answer comes back verbatim.
 */
import { request, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import dynalite from 'dynalite';
import type { LocalResponse } from '../core/service.ts';

export interface ForwardedRequest {
  method: string;
  headers: Record<string, string>;
  body: Buffer;
}

/** Hop-by-hop headers, and the length the body recomputes. */
const NOT_FORWARDED = new Set(['connection', 'keep-alive', 'transfer-encoding', 'content-length', 'host']);

export class DynaliteBackend {
  #server: Promise<{ server: Server; port: number }> | undefined;

  /** True once dynalite has been started (by a request) and not closed since. */
  get started(): boolean {
    return this.#server !== undefined;
  }

  /** Sends the request to dynalite and returns its answer; throws when dynalite cannot be reached. */
  async exchange(req: ForwardedRequest): Promise<LocalResponse> {
    const { port } = await this.#start();
    const headers: Record<string, string> = {};
    for (const [name, value] of Object.entries(req.headers))
      if (!NOT_FORWARDED.has(name)) headers[name] = value;
    headers['content-length'] = String(req.body.length);
    return new Promise((resolve, reject) => {
      const out = request(
        { host: '127.0.0.1', port, method: req.method, path: '/', headers, agent: false },
        (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (chunk: Buffer) => chunks.push(chunk));
          res.on('error', reject);
          res.on('end', () => {
            const answerHeaders: Record<string, string> = {};
            for (const [name, value] of Object.entries(res.headers)) {
              if (value !== undefined && !NOT_FORWARDED.has(name)) answerHeaders[name] = String(value);
            }
            resolve({ status: res.statusCode ?? 500, headers: answerHeaders, body: Buffer.concat(chunks) });
          });
        },
      );
      out.on('error', reject);
      out.end(req.body);
    });
  }

  /** Closes dynalite if it was started; the next exchange starts a fresh, empty one. */
  async close(): Promise<void> {
    const started = this.#server;
    this.#server = undefined;
    if (!started) return;
    const { server } = await started;
    server.closeAllConnections();
    await new Promise<void>((resolve, reject) => server.close((err) => (err ? reject(err) : resolve())));
  }

  #start(): Promise<{ server: Server; port: number }> {
    this.#server ??= new Promise((resolve, reject) => {
      const server = dynalite({ createTableMs: 0, deleteTableMs: 0, updateTableMs: 0 });
      server.once('error', reject);
      server.listen(0, '127.0.0.1', () => resolve({ server, port: (server.address() as AddressInfo).port }));
    });
    return this.#server;
  }
}
