/**
 * The operator's offline audit: CloudTrail log files (plain or gzip), saved LookupEvents
 * answers and single records, read as streams; and the report `sra audit` prints.
 */
export {
  auditLogFiles,
  MAX_LISTED_SKIPPED,
  type OfflineAuditOptions,
  type OfflineAuditResult,
  type OfflineProgress,
  type SkippedEntry,
} from './audit-logs.ts';
export { decodedChunks, isGzip } from './decode.ts';
export { OfflineInputError } from './errors.ts';
export { listAuditFiles } from './files.ts';
export { MAX_WHOLE_FILE_BYTES, readAuditFile } from './read-file.ts';
export { AUDIT_REPORT_SCHEMA, type AuditReport, logsReport, windowReport } from './report.ts';
export { detectShape, type FileShape } from './shape.ts';
