/** Temporary files of the offline audit tests: records written as plain JSON, optionally gzipped. */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { gzipSync } from 'node:zlib';

export interface TempTree {
  root: string;
  /** Writes `content` (bytes, text, or JSON of a value) at `path` under the root; gzipped when asked. */
  write(path: string, content: unknown, options?: { gzip?: boolean }): string;
}

export function tempTree(): TempTree {
  const root = mkdtempSync(join(tmpdir(), 'sra-audit-'));
  return {
    root,
    write(path, content, options = {}) {
      const file = join(root, path);
      mkdirSync(dirname(file), { recursive: true });
      const bytes = Buffer.isBuffer(content)
        ? content
        : Buffer.from(typeof content === 'string' ? content : JSON.stringify(content));
      writeFileSync(file, options.gzip ? gzipSync(bytes) : bytes);
      return file;
    },
  };
}

/** A LookupEvents answer as `aws cloudtrail lookup-events` writes it. */
export function lookupAnswer(records: readonly Record<string, unknown>[]): Record<string, unknown> {
  return {
    Events: records.map((r) => ({
      EventId: r.eventID,
      EventName: r.eventName,
      ReadOnly: 'true',
      EventTime: '2026-03-01T10:00:00+00:00',
      EventSource: 'ssm.amazonaws.com',
      Resources: [],
      CloudTrailEvent: JSON.stringify(r),
    })),
    NextToken: 'eyJzIjoiYSJ9',
  };
}
