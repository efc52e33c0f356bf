/**
 * A streaming splitter for one array member of a top-level JSON object, e.g. the `Records`
 * of a CloudTrail log file or the `Events` of a saved `LookupEvents` answer. It yields the
 * JSON text of each element without parsing it, so a file of any size is read with memory
 * bounded by one element plus one chunk. Chunks may split anywhere, even inside a UTF-8
 * sequence: an element the buffer does not yet hold whole is scanned again from its start
 * when the next chunk arrives (elements are small next to chunks, so this costs little).
 */
import { LogFileFormatError } from '../errors.ts';
import { CLOSE_BRACKET, COMMA, isSpace, valueEnd } from './json-bytes.ts';
import { HEADER, startHeader, walkHeader } from './member-header.ts';

/** Splits pushed chunks into element texts; `end()` checks the array was closed. */
export interface ArrayMemberScanner {
  /** The element texts completed by this chunk. Throws `LogFileFormatError` for a malformed document. */
  push(chunk: Uint8Array | string): string[];
  /** Throws `LogFileFormatError` unless the array was closed. */
  end(): void;
  /** True once the array's `]` was read; later chunks are ignored. */
  readonly done: boolean;
  /** Elements yielded so far. */
  readonly count: number;
}

/** A scanner for the array under `key` (default `Records`). Never throws. */
export function createArrayMemberScanner(key = 'Records'): ArrayMemberScanner {
  const keyBytes = Buffer.from(key);
  const header = startHeader();
  let buf: Buffer = Buffer.alloc(0);
  let pos = 0;
  let done = false;
  let count = 0;

  /** Splits elements from `i`; returns where to resume (the start of an incomplete element). */
  function splitElements(i: number, out: string[]): number {
    const n = buf.length;
    while (i < n) {
      const c = buf[i] as number;
      if (c === CLOSE_BRACKET) {
        done = true;
        return i + 1;
      }
      if (isSpace(c) || c === COMMA) {
        i += 1;
        continue;
      }
      const end = valueEnd(buf, i, n);
      if (end < 0) return i;
      out.push(buf.toString('utf8', i, end));
      count += 1;
      i = end;
    }
    return i;
  }

  /** Drops the bytes already consumed (keeping an open string of the header). */
  function compact(): void {
    const keep = header.inString ? Math.min(pos, header.stringStart) : pos;
    if (keep === 0) return;
    buf = buf.subarray(keep);
    pos -= keep;
    if (header.inString) header.stringStart -= keep;
  }

  return {
    push(chunk) {
      if (done) return [];
      const bytes =
        typeof chunk === 'string'
          ? Buffer.from(chunk)
          : Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
      buf = buf.length === 0 ? bytes : Buffer.concat([buf, bytes]);
      const out: string[] = [];
      pos = walkHeader(header, buf, pos, keyBytes);
      if (header.phase === HEADER.array) pos = splitElements(pos, out);
      compact();
      return out;
    },
    end() {
      if (done) return;
      const reason =
        header.phase === HEADER.array
          ? `the "${key}" array breaks off after ${count} elements`
          : `it has no "${key}" array`;
      throw new LogFileFormatError(`not a JSON object with a "${key}" array: ${reason}`);
    },
    get done() {
      return done;
    },
    get count() {
      return count;
    },
  };
}

/**
 * Yields the JSON text of each element of the array under `key`, reading `source` chunk by
 * chunk; stops reading once the array is closed. Throws `LogFileFormatError` (after yielding
 * every complete element before the fault) when the document is not an object with that
 * array or breaks off; errors of `source` itself propagate.
 */
export async function* splitArrayMember(
  source: AsyncIterable<Uint8Array | string>,
  key = 'Records',
): AsyncGenerator<string> {
  const scanner = createArrayMemberScanner(key);
  for await (const chunk of source) {
    yield* scanner.push(chunk);
    if (scanner.done) return;
  }
  scanner.end();
}
