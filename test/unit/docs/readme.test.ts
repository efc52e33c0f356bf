import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { alertKinds } from '../../../shared/alerts/index.ts';
import { registerAuditAlertKinds } from '../../../shared/audit/index.ts';
import { CONFIG_KEYS } from '../../../shared/config/index.ts';

const readme = readFileSync(new URL('../../../README.md', import.meta.url), 'utf8');

function section(title: string): string {
  const start = readme.indexOf(`## ${title}\n`);
  expect(start, `README has a "## ${title}" section`).toBeGreaterThanOrEqual(0);
  const end = readme.indexOf('\n## ', start + 1);
  return readme.slice(start, end === -1 ? undefined : end);
}

describe('README', () => {
  it('names the two commands near the top', () => {
    const top = readme.slice(0, 1500);

    expect(top).toContain('npm ci && npm run demo');
    expect(top).toContain('npm test');
  });

  it('documents every configuration key', () => {
    const config = section('Configuration');

    for (const key of Object.keys(CONFIG_KEYS)) expect(config).toContain(`\`${key}\``);
  });

  it('lists every alert kind with the severity and advice the code sends', () => {
    registerAuditAlertKinds();
    const rows = section('Alert catalogue')
      .split('\n')
      .filter((line) => line.startsWith('| `'))
      .map((line) => line.split(' | ').map((cell) => cell.replace(/^\| |`| \|$/g, '')));

    expect(rows).toEqual(alertKinds().map((k) => [k.kind, k.severity, k.action.replaceAll('`', '')]));
  });
});
