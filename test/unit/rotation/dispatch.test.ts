import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runStep, UnknownStepError } from '../../../shared/rotation/index.ts';

const ROOT = new URL('../../../shared/rotation/', import.meta.url).pathname;

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sources(path) : path.endsWith('.ts') ? [path] : [];
  });
}

describe('runStep', () => {
  it('refuses a step it does not know, naming the steps', () => {
    const run = () => runStep('finish', {} as never, 'cloak-key', 'r-1');

    expect(run).toThrow(UnknownStepError);
    expect(run).toThrow('unknown rotation step "finish" (steps: create, test, promote, retire)');
  });
});

describe('the rotation code (invariants 3 and 4)', () => {
  it('sends DeleteParameter only from the pending-value module', () => {
    const users = sources(ROOT).filter((file) =>
      readFileSync(file, 'utf8').includes('new DeleteParameterCommand'),
    );

    expect(users.map((file) => file.slice(ROOT.length))).toEqual(['ssm/pending.ts']);
  });

  it('sends the canonical PutParameter without the SDK retries', () => {
    const writer = readFileSync(join(ROOT, 'ssm/write-once.ts'), 'utf8');

    expect(writer).toContain('withoutRetries(');
  });

  it('never calls Date.now or builds parameter names by hand', () => {
    const offenders = sources(ROOT).filter((file) => {
      const text = readFileSync(file, 'utf8');
      return text.includes('Date.now(') || /['`]\/qlarius/.test(text);
    });

    expect(offenders).toEqual([]);
  });
});
