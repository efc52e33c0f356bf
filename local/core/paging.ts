/**
 * Opaque `NextToken`s. A token carries where the next page starts and a digest of the
 * request's other parameters, so a token sent with different parameters is refused, as
 * AWS refuses it.
 */
import { createHash } from 'node:crypto';

function digest(scope: unknown): string {
  return createHash('sha256').update(JSON.stringify(scope)).digest('base64url').slice(0, 22);
}

/** A token for `position` within the query described by `scope`. */
export function encodeToken(scope: unknown, position: unknown): string {
  return Buffer.from(JSON.stringify({ s: digest(scope), p: position })).toString('base64');
}

/** The position a token carries; undefined when it is malformed or belongs to another query. */
export function decodeToken(token: string, scope: unknown): unknown {
  try {
    const parsed = JSON.parse(Buffer.from(token, 'base64').toString('utf8')) as { s?: unknown; p?: unknown };
    return parsed.s === digest(scope) ? parsed.p : undefined;
  } catch {
    return undefined;
  }
}
