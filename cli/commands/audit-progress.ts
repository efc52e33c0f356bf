/**
 * The progress line of a long `sra audit` on a terminal: written to stderr, only when
 * stderr is a TTY (never into a pipe or a file, so `--json` output stays clean), redrawn
 * in place at most every 200 ms, and erased at the end.
 */
import type { Clock } from '../../shared/clock/index.ts';

/** Where progress goes: `process.stderr`, or a fake in tests. */
export interface ProgressStream {
  readonly isTTY?: boolean;
  write(text: string): unknown;
}

export interface Progress {
  /** Shows `text` (dropped when the last redraw was under 200 ms ago). Never throws. */
  update(text: string): void;
  /** Erases the line. Never throws. */
  done(): void;
}

const REDRAW_MS = 200;

/** A progress line on `stream`, or one that does nothing when it is not a TTY. Never throws. */
export function createProgress(stream: ProgressStream, clock: Clock): Progress {
  if (stream.isTTY !== true) return { update: () => {}, done: () => {} };
  let last = Number.NEGATIVE_INFINITY;
  let shown = false;
  return {
    update(text) {
      const now = clock.now().getTime();
      if (now - last < REDRAW_MS) return;
      last = now;
      shown = true;
      stream.write(`\r\u001b[2K${text}`);
    },
    done() {
      if (shown) stream.write('\r\u001b[2K');
      shown = false;
    },
  };
}
