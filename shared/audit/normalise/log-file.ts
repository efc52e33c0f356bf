/** CloudTrail log files (`{"Records": [...]}`) as delivered to S3, and their records. */
import type { PathLayout } from '../../parameter-paths/index.ts';
import { RECORD_SOURCES, SKIP_REASONS } from '../constants.ts';
import type { NormalisedBatch, NormaliseResult } from '../types.ts';
import { collectBatch } from './batch.ts';
import { normaliseRecord } from './core.ts';
import { isObject } from './fields.ts';

const origin = RECORD_SOURCES.logFile;

/** Normalises one record of a log file. Never throws (see `normaliseRecord`). */
export function normaliseLogRecord(layout: PathLayout, record: unknown, index?: number): NormaliseResult {
  return normaliseRecord(layout, record, index === undefined ? { origin } : { origin, index });
}

/**
 * Normalises a parsed log file. A value that is not an object with a `Records` array gives
 * one `malformed-file` skipped entry. Never throws. For large files use
 * `normaliseLogFileStream`, which does not hold the file.
 */
export function normaliseLogFile(layout: PathLayout, file: unknown): NormalisedBatch {
  const records = isObject(file) ? file.Records : undefined;
  if (!Array.isArray(records)) {
    return {
      records: [],
      skipped: [{ reason: SKIP_REASONS.malformedFile, detail: 'the file has no "Records" array', origin }],
    };
  }
  return collectBatch(records.map((record, index) => normaliseLogRecord(layout, record, index)));
}
