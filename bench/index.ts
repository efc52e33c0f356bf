/**
 * `npm run bench`: the handler bundles and load times, the calls per rotation, and the audit
 * benchmark (in its own process, as it pins itself to one core). Ratios measured in one run;
 * not tests. Takes about two to three minutes, mostly the audit benchmark's 10^6 records.
 */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { benchHandlers } from './handlers.ts';
import { benchRotationCalls } from './rotation-calls.ts';

console.log(`ssm-rotation-audit benchmarks: node ${process.version}\n`);
await benchHandlers();
console.log('');
await benchRotationCalls();
console.log('');
const audit = spawnSync(
  process.execPath,
  [...process.execArgv, fileURLToPath(new URL('audit.ts', import.meta.url))],
  {
    stdio: 'inherit',
  },
);
process.exitCode = audit.status ?? 1;
