import { execFile } from 'node:child_process';
import { EventEmitter } from 'node:events';
import { readFileSync } from 'node:fs';
import { promisify } from 'node:util';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { exitQuietlyOnClosedPipe } from '../../../cli/main.ts';
import { runSra } from '../../helpers/run-sra.ts';

const pkg = JSON.parse(readFileSync(new URL('../../../package.json', import.meta.url), 'utf8')) as {
  version: string;
};

const run = runSra;

describe('sra', () => {
  afterEach(() => {
    vi.unstubAllEnvs();
  });

  it('--version prints the package version and exits 0', async () => {
    expect(await run('--version')).toMatchObject({ code: 0, out: `${pkg.version}\n` });
  });

  it('--help lists the global --config option', async () => {
    const result = await run('--help');

    expect(result.code).toBe(0);
    expect(result.out).toContain('--config <file>');
  });

  it('an unknown command exits 2', async () => {
    expect((await run('frobnicate')).code).toBe(2);
  });

  it('config with a missing account exits 2 and names the key', async () => {
    vi.stubEnv('SRA_ACCOUNT', undefined);
    vi.stubEnv('SRA_REGION', 'us-east-1');

    const result = await run('config');

    expect(result.code).toBe(2);
    expect(result.err).toContain('SRA_ACCOUNT: is required');
  });

  it('config --json shows the canonical and pending names', async () => {
    vi.stubEnv('SRA_ACCOUNT', '111122223333');
    vi.stubEnv('SRA_REGION', 'us-east-1');
    vi.stubEnv('SRA_STAGE', 'prod');

    const result = await run('config', '--json');
    const view = JSON.parse(result.out) as { secrets: { id: string; name: string; pending?: string }[] };

    expect(result.code).toBe(0);
    expect(view.secrets.find((s) => s.id === 'twilio-auth-token')).toMatchObject({
      name: '/qlarius/prod/twilio/auth-token',
      pending: '/qlarius-rotation/prod/twilio-auth-token/pending',
    });
  });

  it('the installed bin runs on Node through tsx', async () => {
    const { stdout } = await promisify(execFile)('node', ['cli/bin.mjs', '--version']);

    expect(stdout.trim()).toBe(pkg.version);
  }, 30_000);
});

describe('sra usage errors', () => {
  it('a missing argument of a subcommand exits 2', async () => {
    expect((await run('rotate')).code).toBe(2);
  });

  it('an unknown option of a subcommand exits 2', async () => {
    expect((await run('status', '--force')).code).toBe(2);
  });

  it('a closed pipe on stdout (EPIPE) exits with the current code instead of crashing', () => {
    const stream = new EventEmitter() as unknown as NodeJS.WriteStream;
    const exit = vi.spyOn(process, 'exit').mockImplementation((() => undefined) as never);
    try {
      exitQuietlyOnClosedPipe(stream);

      stream.emit('error', Object.assign(new Error('write EPIPE'), { code: 'EPIPE' }));

      expect(exit).toHaveBeenCalledWith(0);
    } finally {
      exit.mockRestore();
    }
  });

  it('another stdout error is not swallowed', () => {
    const stream = new EventEmitter() as unknown as NodeJS.WriteStream;
    exitQuietlyOnClosedPipe(stream);

    expect(() => stream.emit('error', Object.assign(new Error('disk full'), { code: 'ENOSPC' }))).toThrow(
      'disk full',
    );
  });
});
