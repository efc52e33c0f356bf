/**
 * One size of the audit benchmark, run in its own process so its peak memory is its own:
 * streams the log file through the Records splitter and times, in the same run, the floor
 * (bare `JSON.parse` of each record) against the audit (`JSON.parse` + normalise + every
 * rule), sampling memory as it goes. Neither pass holds the records.
 */
import { createReadStream } from 'node:fs';
import { createArrayMemberScanner, createAuditEngine, parseAndNormalise } from '../shared/audit/index.ts';
import { parseRawConfig } from '../shared/config/index.ts';
import { ACCOUNT } from './audit-data.ts';

export interface PassResult {
  seconds: number;
  records: number;
  peakRssMb: number;
  peakHeapMb: number;
}

export interface SizeResult {
  records: number;
  floor: PassResult;
  audit: PassResult;
  findings: { instant: number; windowed: number };
  skipped: number;
  inMemory?: { floorSeconds: number; auditSeconds: number };
  maxRssMb: number;
}

const config = parseRawConfig({
  SRA_REGION: 'us-east-1',
  SRA_ACCOUNT: ACCOUNT,
  SRA_AUDIT_POLICY: JSON.stringify({
    principals: { tool: ['arn:{partition}:iam::{account}:role/ssm-rotation-audit-prod-*'] },
    networks: { cidrs: ['10.0.0.0/8'], vpcEndpoints: ['vpce-0123456789abcdef0'] },
  }),
});
const MB = 1024 * 1024;
const WINDOW = { start: new Date('2026-02-28T00:00:00Z'), end: new Date('2026-03-03T00:00:00Z') };

/** Streams `file` record by record into `onRecord`, sampling memory every 20,000 records. */
async function pass(file: string, onRecord: (text: string) => void): Promise<PassResult> {
  const scanner = createArrayMemberScanner('Records');
  let records = 0;
  let peakRss = 0;
  let peakHeap = 0;
  const sample = () => {
    const m = process.memoryUsage();
    peakRss = Math.max(peakRss, m.rss);
    peakHeap = Math.max(peakHeap, m.heapUsed);
  };
  const started = performance.now();
  for await (const chunk of createReadStream(file, { highWaterMark: MB })) {
    for (const text of scanner.push(chunk as Buffer)) {
      onRecord(text);
      records += 1;
      if (records % 20_000 === 0) sample();
    }
  }
  scanner.end();
  sample();
  return {
    seconds: (performance.now() - started) / 1000,
    records,
    peakRssMb: peakRss / MB,
    peakHeapMb: peakHeap / MB,
  };
}

/** The floor: parse each record and look at one field (so the parse is not optimised away). */
function floorOf(): { onRecord: (text: string) => void; withIds: () => number } {
  let withIds = 0;
  return {
    onRecord(text) {
      const value = JSON.parse(text) as { eventID?: string };
      if (value.eventID !== undefined) withIds += 1;
    },
    withIds: () => withIds,
  };
}

function auditOf() {
  const batch = createAuditEngine({ policy: config.audit }).openBatch();
  const counts = { instant: 0, windowed: 0, skipped: 0 };
  return {
    counts,
    onRecord(text: string) {
      const result = parseAndNormalise(config.layout, text);
      if (result.ok) counts.instant += batch.add(result.record).length;
      else counts.skipped += 1;
    },
    finish() {
      counts.windowed = batch.finish({ window: WINDOW, baselines: new Map() }).findings.length;
    },
  };
}

/** Times the floor and the audit on the file (best of `rounds`), plus an in-memory pair when asked. */
export async function measureSize(file: string, rounds: number, inMemory: boolean): Promise<SizeResult> {
  let floor: PassResult | undefined;
  let audit: PassResult | undefined;
  let last = auditOf();
  for (let round = 0; round < rounds; round += 1) {
    const parser = floorOf();
    const f = await pass(file, parser.onRecord);
    if (parser.withIds() === 0) throw new Error('the floor parsed no record');
    last = auditOf();
    const a = await pass(file, last.onRecord);
    last.finish();
    if (floor === undefined || f.seconds < floor.seconds) floor = f;
    if (audit === undefined || a.seconds < audit.seconds) audit = a;
  }
  const result: SizeResult = {
    records: audit?.records ?? 0,
    floor: floor as PassResult,
    audit: audit as PassResult,
    findings: { instant: last.counts.instant, windowed: last.counts.windowed },
    skipped: last.counts.skipped,
    maxRssMb: process.resourceUsage().maxRSS / 1024,
  };
  if (inMemory) result.inMemory = await inMemoryPair(file);
  return result;
}

/** The same comparison on record texts already in memory (no file reading or splitting in either). */
async function inMemoryPair(file: string): Promise<{ floorSeconds: number; auditSeconds: number }> {
  const texts: string[] = [];
  await pass(file, (t) => texts.push(t));
  let floorSeconds = Number.POSITIVE_INFINITY;
  let auditSeconds = Number.POSITIVE_INFINITY;
  for (let round = 0; round < 3; round += 1) {
    const floor = floorOf();
    let started = performance.now();
    for (const t of texts) floor.onRecord(t);
    floorSeconds = Math.min(floorSeconds, (performance.now() - started) / 1000);
    const audit = auditOf();
    started = performance.now();
    for (const t of texts) audit.onRecord(t);
    audit.finish();
    auditSeconds = Math.min(auditSeconds, (performance.now() - started) / 1000);
  }
  return { floorSeconds, auditSeconds };
}
