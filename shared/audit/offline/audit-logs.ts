/**
 * The offline audit of CloudTrail files an operator downloaded: every record of every file
 * through every rule in one batch (windowed rules judge the files as one window; no
 * baseline is read or written, so the volume rule stays idle). Memory is bounded by the
 * rules' state and one record, never by the files' size. Nothing is sent or written here.
 */
import type { PathLayout } from '../../parameter-paths/index.ts';
import { uniqueFindings } from '../findings/index.ts';
import type { AuditEngine, Finding } from '../rules/index.ts';
import type { SkippedRecord } from '../types.ts';
import { listAuditFiles } from './files.ts';
import { readAuditFile } from './read-file.ts';

/** Skipped entries listed one by one (all are counted). */
export const MAX_LISTED_SKIPPED = 100;
/** Records between two progress reports within a file. */
const PROGRESS_EVERY = 5_000;

/** A skipped record, with the file it came from. */
export interface SkippedEntry extends SkippedRecord {
  file: string;
}

export interface OfflineProgress {
  readonly files: number;
  readonly filesDone: number;
  readonly read: number;
}

export interface OfflineAuditResult {
  files: number;
  /** Records read, normalised or not. */
  read: number;
  /** Records normalised and evaluated. */
  records: number;
  skippedByReason: Record<string, number>;
  /** The first `MAX_LISTED_SKIPPED` skipped records. */
  skipped: SkippedEntry[];
  /** Findings, one per alert key (an event in two files is reported once). */
  findings: Finding[];
}

export interface OfflineAuditOptions {
  readonly layout: PathLayout;
  readonly engine: AuditEngine;
  readonly onProgress?: (progress: OfflineProgress) => void;
}

/**
 * Audits the files under `paths` (see `listAuditFiles`). A file that cannot be read or
 * parsed is reported as skipped (`malformed-file`) and the others are still read. Throws
 * `OfflineInputError` for a path that does not exist, before anything is read.
 */
export async function auditLogFiles(
  paths: readonly string[],
  options: OfflineAuditOptions,
): Promise<OfflineAuditResult> {
  const files = await listAuditFiles(paths);
  const batch = options.engine.openBatch();
  const result: OfflineAuditResult = {
    files: files.length,
    read: 0,
    records: 0,
    skippedByReason: {},
    skipped: [],
    findings: [],
  };
  const instant: Finding[] = [];
  const report = (filesDone: number) =>
    options.onProgress?.({ files: files.length, filesDone, read: result.read });
  for (const [done, file] of files.entries()) {
    report(done);
    for await (const entry of readAuditFile(options.layout, file)) {
      result.read += 1;
      if (entry.ok) {
        result.records += 1;
        instant.push(...batch.add(entry.record));
      } else {
        const { reason } = entry.skipped;
        result.skippedByReason[reason] = (result.skippedByReason[reason] ?? 0) + 1;
        if (result.skipped.length < MAX_LISTED_SKIPPED) result.skipped.push({ ...entry.skipped, file });
      }
      if (result.read % PROGRESS_EVERY === 0) report(done);
    }
  }
  report(files.length);
  result.findings = uniqueFindings([...instant, ...batch.finish({}).findings]);
  return result;
}
