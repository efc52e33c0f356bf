/**
 * The audit's normaliser: CloudTrail records from `LookupEvents`, EventBridge and log files
 * to `AccessRecord`s, through one shared core. Malformed input is never thrown: it comes
 * back as a skipped entry with its reason (see `SKIP_REASONS`).
 */
export {
  type ArrayMemberScanner,
  createArrayMemberScanner,
  splitArrayMember,
} from './array-member-splitter.ts';
export { collectBatch, countSkipped } from './batch.ts';
export { normaliseRecord, type RecordPosition } from './core.ts';
export { normaliseEventBridgeEvent } from './eventbridge.ts';
export { normaliseLogFile, normaliseLogRecord } from './log-file.ts';
export { normaliseLogFileStream, parseAndNormalise } from './log-file-stream.ts';
export { normaliseLookupEvent, normaliseLookupEventsPage } from './lookup-events.ts';
export { parseEventTime } from './time.ts';
