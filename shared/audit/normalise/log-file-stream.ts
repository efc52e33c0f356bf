/** Log files read as a stream: one record at a time, so a file of any size fits in memory. */
import type { PathLayout } from '../../parameter-paths/index.ts';
import { RECORD_SOURCES, SKIP_REASONS } from '../constants.ts';
import { LogFileFormatError } from '../errors.ts';
import type { NormaliseResult } from '../types.ts';
import { splitArrayMember } from './array-member-splitter.ts';
import { normaliseLogRecord } from './log-file.ts';

/**
 * Normalises the records of a log file read chunk by chunk (e.g. `createReadStream(path)`,
 * or a gunzip stream), yielding one result per record in file order. A record that is not
 * JSON is skipped as `not-json`; a file that is not `{"Records": [...]}` or breaks off ends
 * with one `malformed-file` entry after the records before the fault. Errors of `source`
 * itself (a read error) propagate; nothing else is thrown.
 */
export async function* normaliseLogFileStream(
  layout: PathLayout,
  source: AsyncIterable<Uint8Array | string>,
): AsyncGenerator<NormaliseResult> {
  let index = 0;
  try {
    for await (const text of splitArrayMember(source, 'Records')) {
      yield parseAndNormalise(layout, text, index);
      index += 1;
    }
  } catch (error) {
    if (!(error instanceof LogFileFormatError)) throw error;
    yield {
      ok: false,
      skipped: {
        reason: SKIP_REASONS.malformedFile,
        detail: error.message,
        origin: RECORD_SOURCES.logFile,
        index,
      },
    };
  }
}

/** Parses one record's JSON text and normalises it; text that is not JSON is skipped. Never throws. */
export function parseAndNormalise(layout: PathLayout, text: string, index?: number): NormaliseResult {
  let record: unknown;
  try {
    record = JSON.parse(text);
  } catch {
    const skipped = {
      reason: SKIP_REASONS.notJson,
      detail: 'the record is not JSON',
      origin: RECORD_SOURCES.logFile,
    };
    return { ok: false, skipped: index === undefined ? skipped : { ...skipped, index } };
  }
  return normaliseLogRecord(layout, record, index);
}
