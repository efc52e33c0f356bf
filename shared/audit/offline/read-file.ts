/**
 * One file of an offline audit, normalised record by record: a CloudTrail log file
 * (`{"Records": [...]}`) or a saved LookupEvents answer (`{"Events": [...]}`) is streamed
 * (plain or gzip), so its size does not matter; anything else (one record, or an array of
 * records) is read whole, up to a size limit. A file that cannot be read, is not JSON or
 * breaks off ends with one `malformed-file` entry after the records before the fault.
 */
import type { PathLayout } from '../../parameter-paths/index.ts';
import { RECORD_SOURCES, SKIP_REASONS } from '../constants.ts';
import { LogFileFormatError } from '../errors.ts';
import {
  normaliseLogFileStream,
  normaliseLogRecord,
  normaliseLookupEvent,
  splitArrayMember,
} from '../normalise/index.ts';
import type { NormaliseResult, RecordSource } from '../types.ts';
import { decodedChunks } from './decode.ts';
import { detectShape } from './shape.ts';

/** Files of another shape are parsed whole; beyond this size they are skipped. */
export const MAX_WHOLE_FILE_BYTES = 64 * 1024 * 1024;

/** The file's records and skipped entries, in file order. Never throws. */
export async function* readAuditFile(layout: PathLayout, path: string): AsyncGenerator<NormaliseResult> {
  const chunks = decodedChunks(path);
  let origin: RecordSource = RECORD_SOURCES.logFile;
  try {
    const first = await chunks.next();
    if (first.done) {
      yield malformed(origin, 'the file is empty');
      return;
    }
    const all = prepend(first.value, chunks);
    const shape = detectShape(first.value);
    if (shape === 'records') yield* normaliseLogFileStream(layout, all);
    else if (shape === 'events') {
      origin = RECORD_SOURCES.lookupEvents;
      yield* lookupEventsStream(layout, all);
    } else yield* wholeFile(layout, all);
  } catch (error) {
    yield malformed(origin, `the file cannot be read: ${(error as Error).message}`);
  } finally {
    await chunks.return(undefined);
  }
}

async function* lookupEventsStream(
  layout: PathLayout,
  source: AsyncIterable<Buffer>,
): AsyncGenerator<NormaliseResult> {
  const origin = RECORD_SOURCES.lookupEvents;
  let index = 0;
  try {
    for await (const text of splitArrayMember(source, 'Events')) {
      let event: unknown;
      try {
        event = JSON.parse(text);
      } catch {
        yield {
          ok: false,
          skipped: { reason: SKIP_REASONS.notJson, detail: 'the event is not JSON', origin, index },
        };
        index += 1;
        continue;
      }
      yield normaliseLookupEvent(layout, event, index);
      index += 1;
    }
  } catch (error) {
    if (!(error instanceof LogFileFormatError)) throw error;
    yield malformed(origin, error.message);
  }
}

async function* wholeFile(
  layout: PathLayout,
  source: AsyncIterable<Buffer>,
): AsyncGenerator<NormaliseResult> {
  const parts: Buffer[] = [];
  let size = 0;
  for await (const chunk of source) {
    size += chunk.length;
    if (size > MAX_WHOLE_FILE_BYTES) {
      yield malformed(
        RECORD_SOURCES.logFile,
        `not a log file or LookupEvents answer, and over ${MAX_WHOLE_FILE_BYTES} bytes`,
      );
      return;
    }
    parts.push(chunk);
  }
  let value: unknown;
  try {
    value = JSON.parse(
      Buffer.concat(parts)
        .toString('utf8')
        .replace(/^\uFEFF/, ''),
    );
  } catch {
    yield malformed(RECORD_SOURCES.logFile, 'the file is not JSON');
    return;
  }
  const members = (key: string) =>
    typeof value === 'object' && value !== null && Array.isArray((value as Record<string, unknown>)[key])
      ? ((value as Record<string, unknown>)[key] as unknown[])
      : undefined;
  const events = members('Events');
  if (events !== undefined && members('Records') === undefined) {
    for (const [i, event] of events.entries()) yield normaliseLookupEvent(layout, event, i);
    return;
  }
  const records = Array.isArray(value) ? value : members('Records');
  if (records === undefined) yield normaliseLogRecord(layout, value);
  else for (const [i, record] of records.entries()) yield normaliseLogRecord(layout, record, i);
}

async function* prepend(first: Buffer, rest: AsyncIterator<Buffer>): AsyncGenerator<Buffer> {
  yield first;
  for (let next = await rest.next(); !next.done; next = await rest.next()) yield next.value;
}

function malformed(origin: RecordSource, detail: string): NormaliseResult {
  return { ok: false, skipped: { reason: SKIP_REASONS.malformedFile, detail, origin } };
}
