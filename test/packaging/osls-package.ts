import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';

const root = new URL('../../', import.meta.url).pathname;

export interface PackageResult {
  code: number;
  output: string;
  dir: string;
}

/** Runs `osls package` offline (dummy credentials, no network) into a fresh folder. */
export async function oslsPackage(...extra: string[]): Promise<PackageResult> {
  const dir = mkdtempSync(join(tmpdir(), 'sra-package-'));
  const env = {
    ...process.env,
    AWS_ACCESS_KEY_ID: 'AKIAIOSFODNN7EXAMPLE',
    AWS_SECRET_ACCESS_KEY: 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY',
    AWS_REGION: 'us-east-1',
    SLS_TELEMETRY_DISABLED: '1',
    SLS_NOTIFICATIONS_MODE: 'off',
  };
  const args = ['osls', 'package', '--stage', 'test', '--region', 'us-east-1', '--package', dir, ...extra];
  try {
    const { stdout, stderr } = await promisify(execFile)('npx', args, { cwd: root, env, timeout: 150_000 });
    return { code: 0, output: stdout + stderr, dir };
  } catch (error) {
    const e = error as { code?: number; stdout?: string; stderr?: string };
    return { code: e.code ?? 1, output: `${e.stdout ?? ''}${e.stderr ?? ''}`, dir };
  }
}

// biome-ignore lint/suspicious/noExplicitAny: a CloudFormation template is untyped JSON.
export type Template = { Resources: Record<string, { Type: string; Properties: any; DependsOn?: unknown }> };

export function readTemplate(dir: string): Template {
  return JSON.parse(readFileSync(join(dir, 'cloudformation-template-update-stack.json'), 'utf8')) as Template;
}

/** IAM's wildcard match, written here independently of the product: `*` any run, `?` one character. */
export function iamGlob(pattern: string, arn: string): boolean {
  const source = pattern
    .split('')
    .map((c) => (c === '*' ? '.*' : c === '?' ? '.' : c.replace(/[.+^${}()|[\]\\]/g, '\\$&')))
    .join('');
  return new RegExp(`^${source}$`, 's').test(arn);
}
