/** `sra audit`'s progress line: only on a terminal, redrawn at most every 200 ms, erased at the end. */
import { describe, expect, it } from 'vitest';
import { createProgress } from '../../../cli/commands/audit-progress.ts';
import { ManualClock } from '../../../shared/clock/index.ts';

function stream(isTTY: boolean) {
  const written: string[] = [];
  return { isTTY, written, write: (text: string) => written.push(text) };
}

describe('createProgress', () => {
  it('writes nothing when stderr is not a terminal', () => {
    // Prepare
    const out = stream(false);
    const progress = createProgress(out, new ManualClock());
    // Act
    progress.update('file 1/2');
    progress.done();
    // Assess
    expect(out.written).toEqual([]);
  });

  it('redraws in place at most every 200 ms and erases the line at the end', () => {
    // Prepare
    const out = stream(true);
    const clock = new ManualClock();
    const progress = createProgress(out, clock);
    // Act
    progress.update('file 1/3');
    clock.advance(100);
    progress.update('file 2/3');
    clock.advance(100);
    progress.update('file 3/3');
    progress.done();
    // Assess
    expect(out.written).toEqual(['\r\u001b[2Kfile 1/3', '\r\u001b[2Kfile 3/3', '\r\u001b[2K']);
  });
});
