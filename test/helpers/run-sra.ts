/** Runs the `sra` CLI in-process, as its tests need: the exit code, what it printed, and its stderr. */
import { vi } from 'vitest';
import { main } from '../../cli/main.ts';

export interface SraRun {
  code: number;
  out: string;
  err: string;
}

/** Runs `sra ...args` through `main`, capturing stdout and stderr; resets `process.exitCode` after. */
export async function runSra(...args: string[]): Promise<SraRun> {
  let out = '';
  let err = '';
  const spy = vi.spyOn(process.stderr, 'write').mockImplementation((chunk) => {
    err += String(chunk);
    return true;
  });
  try {
    const code = await main(['node', 'sra', ...args], (text) => {
      out += text;
    });
    return { code, out, err };
  } finally {
    spy.mockRestore();
    process.exitCode = undefined;
  }
}
