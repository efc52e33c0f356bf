/**
 * Audit benchmark (issue 6, item 7). Run: `npx tsx bench/audit.ts`.
 *
 * Builds synthetic CloudTrail log files of 10^5 and 10^6 records from the corpus shapes,
 * then, for each size in its own child process pinned to one core (`taskset -c 0` when
 * available), streams the file and prints records/s of bare `JSON.parse` (the floor) and of
 * `JSON.parse` + normalise + every rule, their ratio (target ≥ 0.5), and peak RSS and heap.
 * Memory must not grow with the number of records: the input is streamed and the windowed
 * rules keep per-principal, per-bucket state only.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { writeLogFile } from './audit-data.ts';
import { measureSize, type SizeResult } from './audit-measure.ts';

const SIZES = [100_000, 1_000_000];
const TARGET_RATIO = 0.5;

async function child(file: string, size: number): Promise<void> {
  const result = await measureSize(file, size <= 100_000 ? 3 : 1, size <= 100_000);
  process.stdout.write(`${JSON.stringify(result)}\n`);
}

function runChild(file: string, size: number): SizeResult {
  const node = [
    process.execPath,
    ...process.execArgv,
    fileURLToPath(import.meta.url),
    '--child',
    file,
    String(size),
  ];
  const pinned = spawnSync('taskset', ['--version']).status === 0;
  const [command, ...args] = pinned ? ['taskset', '-c', '0', ...node] : node;
  const run = spawnSync(command as string, args, { encoding: 'utf8', maxBuffer: 16 * 1024 * 1024 });
  if (run.status !== 0) throw new Error(`benchmark child failed (${run.status}): ${run.stderr}`);
  const line = run.stdout.trim().split('\n').pop() ?? '';
  return { ...(JSON.parse(line) as SizeResult), ...(pinned ? {} : { unpinned: true }) };
}

const rate = (records: number, seconds: number) => Math.round(records / seconds);
const fmt = (n: number) => n.toLocaleString('en-US');

function report(size: number, bytes: number, r: SizeResult): void {
  const floorRate = rate(r.records, r.floor.seconds);
  const auditRate = rate(r.records, r.audit.seconds);
  console.log(
    `\n${fmt(size)} records (${(bytes / 1024 / 1024).toFixed(0)} MB file, ${fmt(r.skipped)} skipped, findings: ${fmt(r.findings.instant)} instant, ${fmt(r.findings.windowed)} windowed)`,
  );
  console.log(
    `  floor  split + JSON.parse                  ${fmt(floorRate).padStart(10)} records/s   peak RSS ${r.floor.peakRssMb.toFixed(0)} MB, heap ${r.floor.peakHeapMb.toFixed(0)} MB`,
  );
  console.log(
    `  audit  split + JSON.parse + normalise + rules ${fmt(auditRate).padStart(7)} records/s   peak RSS ${r.audit.peakRssMb.toFixed(0)} MB, heap ${r.audit.peakHeapMb.toFixed(0)} MB`,
  );
  console.log(
    `  ratio  audit / floor = ${(auditRate / floorRate).toFixed(2)} (target >= ${TARGET_RATIO})   process max RSS ${r.maxRssMb.toFixed(0)} MB`,
  );
  if (r.inMemory) {
    const { floorSeconds, auditSeconds } = r.inMemory;
    console.log(
      `  in memory (records pre-split, no I/O): JSON.parse ${fmt(rate(r.records, floorSeconds))}/s, audit ${fmt(rate(r.records, auditSeconds))}/s, ratio ${(floorSeconds / auditSeconds).toFixed(2)}`,
    );
  }
}

async function main(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'sra-bench-audit-'));
  try {
    console.log(
      `audit benchmark: node ${process.version}, one core${spawnSync('taskset', ['--version']).status === 0 ? ' (taskset -c 0)' : ' (taskset unavailable: not pinned)'}`,
    );
    for (const size of SIZES) {
      const file = join(dir, `records-${size}.json`);
      const started = performance.now();
      const bytes = writeLogFile(file, size);
      console.log(`built ${file} in ${((performance.now() - started) / 1000).toFixed(1)} s`);
      report(size, bytes, runChild(file, size));
      rmSync(file);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (process.argv[2] === '--child') await child(process.argv[3] ?? '', Number(process.argv[4]));
else await main();
