/**
 * A file's bytes, gunzipped when they start with gzip's magic bytes (`1f 8b`), whatever the
 * file is called: CloudTrail delivers `.json.gz`, and people rename files.
 */
import { createReadStream } from 'node:fs';
import { pipeline, Readable } from 'node:stream';
import { createGunzip } from 'node:zlib';

const GZIP_MAGIC = [0x1f, 0x8b] as const;

/** Whether `head` starts with gzip's magic bytes. Never throws. */
export function isGzip(head: Uint8Array): boolean {
  return head[0] === GZIP_MAGIC[0] && head[1] === GZIP_MAGIC[1];
}

/**
 * The file's content chunk by chunk, decompressed when gzip. Iterating throws the read or
 * decompression error (an unreadable file, a corrupt or truncated gzip stream).
 */
export async function* decodedChunks(path: string): AsyncGenerator<Buffer> {
  const raw = createReadStream(path)[Symbol.asyncIterator]() as AsyncIterator<Buffer>;
  try {
    const first = await raw.next();
    if (first.done) return;
    const rest = async function* (): AsyncGenerator<Buffer> {
      yield first.value;
      for (let next = await raw.next(); !next.done; next = await raw.next()) yield next.value;
    };
    if (!isGzip(first.value)) {
      yield* rest();
      return;
    }
    const gunzip = pipeline(Readable.from(rest()), createGunzip(), () => {});
    for await (const chunk of gunzip) yield chunk as Buffer;
  } finally {
    // Stopping early (the array was closed) closes the file.
    await raw.return?.();
  }
}
