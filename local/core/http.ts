/**
 * Reading a `node:http` request into a `LocalRequest` and writing a `LocalResponse` back.
 * The caller's access key id comes from the SigV4 `Authorization` header
 * (`AWS4-HMAC-SHA256 Credential=<key>/<date>/<region>/<service>/aws4_request, ...`),
 * Basic auth from `Authorization: Basic <base64(user:password)>`.
 */
import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { LocalRequest, LocalResponse } from './service.ts';

/** The access key id of a SigV4 `Authorization` header, or undefined. */
export function sigV4AccessKeyId(authorization: string | undefined): string | undefined {
  const match = /Credential=([^/,\s]+)\//.exec(authorization ?? '');
  return match?.[1];
}

/** The user and password of a Basic `Authorization` header, or undefined. */
export function basicAuth(authorization: string | undefined): LocalRequest['basicAuth'] {
  const match = /^Basic\s+(\S+)$/i.exec(authorization ?? '');
  if (!match?.[1]) return undefined;
  const decoded = Buffer.from(match[1], 'base64').toString('utf8');
  const colon = decoded.indexOf(':');
  if (colon < 0) return undefined;
  return { user: decoded.slice(0, colon), password: decoded.slice(colon + 1) };
}

/** Reads the whole body and builds the request the services see. */
export async function readLocalRequest(req: IncomingMessage): Promise<LocalRequest> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(req.headers)) {
    if (value !== undefined) headers[name.toLowerCase()] = Array.isArray(value) ? value.join(', ') : value;
  }
  const host = headers.host ?? '127.0.0.1';
  const url = new URL(req.url ?? '/', `http://${host}`);
  return {
    method: (req.method ?? 'GET').toUpperCase(),
    path: url.pathname,
    query: url.searchParams,
    headers,
    body: Buffer.concat(chunks),
    accessKeyId: sigV4AccessKeyId(headers.authorization),
    basicAuth: basicAuth(headers.authorization),
    baseUrl: `http://${host}`,
    remoteAddress: normaliseAddress(req.socket.remoteAddress),
    requestId: randomUUID(),
  };
}

/** Writes the answer (its length computed here); a missing body is an empty one. */
export function writeLocalResponse(res: ServerResponse, answer: LocalResponse): void {
  const body = answer.body ?? '';
  const headers = Object.entries(answer.headers ?? {}).filter(
    ([name]) => name.toLowerCase() !== 'content-length',
  );
  res.writeHead(answer.status, {
    ...Object.fromEntries(headers),
    'content-length': String(Buffer.byteLength(body)),
  });
  res.end(body);
}

/** `::ffff:127.0.0.1` as `127.0.0.1`, the way CloudTrail writes IPv4 callers. */
function normaliseAddress(address: string | undefined): string {
  if (address === undefined) return '127.0.0.1';
  return address.startsWith('::ffff:') ? address.slice('::ffff:'.length) : address;
}
