/**
 * Handler benchmark: per Lambda handler, the bundled size (esbuild with serverless.yml's
 * `custom.esbuild` options, minified and not) and the module load time (a fresh node
 * loading the unminified bundle, median of several runs), beside the load time of a bundle
 * of a bare `@aws-sdk/client-ssm` import, as a ratio. Run: `npx tsx bench/handlers.ts`.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';

const ROOT = fileURLToPath(new URL('../', import.meta.url));
const HANDLERS = ['rotate', 'audit-sweep', 'audit-stream'] as const;
const RUNS = 5;

/** serverless.yml custom.esbuild (bundle, node20, esm, the require banner); sourcemaps left out of the size. */
const OPTIONS = {
  bundle: true,
  target: 'node20',
  platform: 'node',
  format: 'esm',
  banner: {
    js: "import { createRequire } from 'node:module'; const require = createRequire(import.meta.url);",
  },
  logLevel: 'silent',
} as const;

export interface HandlerFigures {
  name: string;
  bytes: number;
  minifiedBytes: number;
  loadMs: number;
}

/** An entry file, or module text resolved from the project root. */
type Entry = { file: string } | { contents: string };

async function bundle(entry: Entry, outfile: string, minify: boolean): Promise<number> {
  const input =
    'file' in entry
      ? { entryPoints: [entry.file] }
      : { stdin: { contents: entry.contents, resolveDir: ROOT, loader: 'ts' as const } };
  await build({ ...OPTIONS, ...input, outfile, minify, absWorkingDir: ROOT });
  return statSync(outfile).size;
}

/** Median load time of `file` in a fresh node, over `RUNS` runs. Throws when node fails. */
function loadMs(file: string): number {
  const script = `const t=performance.now();await import(${JSON.stringify(pathToFileURL(file).href)});process.stdout.write(String(performance.now()-t));`;
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const run = spawnSync(process.execPath, ['--no-warnings', '--input-type=module', '-e', script], {
      encoding: 'utf8',
    });
    if (run.status !== 0) throw new Error(`loading ${file} failed: ${run.stderr}`);
    times.push(Number(run.stdout));
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)] ?? Number.NaN;
}

/** Bundles and loads every handler and the bare SSM client; prints the table. */
export async function benchHandlers(): Promise<{ handlers: HandlerFigures[]; baseline: HandlerFigures }> {
  const dir = mkdtempSync(join(tmpdir(), 'sra-bench-handlers-'));
  try {
    const measure = async (name: string, entry: Entry): Promise<HandlerFigures> => {
      const out = join(dir, `${name}.mjs`);
      const minifiedBytes = await bundle(entry, join(dir, `${name}.min.mjs`), true);
      const bytes = await bundle(entry, out, false);
      return { name, bytes, minifiedBytes, loadMs: loadMs(out) };
    };
    const bare = { contents: "export { SSMClient } from '@aws-sdk/client-ssm';\n" };
    const baseline = await measure('bare @aws-sdk/client-ssm', bare);
    const handlers: HandlerFigures[] = [];
    for (const h of HANDLERS) handlers.push(await measure(h, { file: join(ROOT, 'functions', `${h}.ts`) }));
    const kb = (n: number) => `${(n / 1024).toFixed(0)} KiB`.padStart(9);
    console.log(
      `handler bundles (esbuild ${OPTIONS.target} ${OPTIONS.format}; load = median of ${RUNS} fresh node runs)`,
    );
    console.log(
      `  ${'bundle'.padEnd(26)} ${'size'.padStart(9)} ${'minified'.padStart(9)} ${'load'.padStart(9)}  load / bare SSM client`,
    );
    for (const f of [baseline, ...handlers]) {
      const ratio = (f.loadMs / baseline.loadMs).toFixed(2);
      console.log(
        `  ${f.name.padEnd(26)} ${kb(f.bytes)} ${kb(f.minifiedBytes)} ${`${f.loadMs.toFixed(0)} ms`.padStart(9)}  ${ratio}`,
      );
    }
    return { handlers, baseline };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await benchHandlers();
