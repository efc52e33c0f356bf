/**
 * Keeps the product's structured log lines of one service out of the test output and in a
 * list, so tests can read them and the secret scan can search them.
 */
export interface ServiceLogs {
  readonly lines: string[];
  stop(): void;
}

export function captureServiceLogs(service: string): ServiceLogs {
  const lines: string[] = [];
  const undo: Array<() => void> = [];
  for (const stream of [process.stdout, process.stderr]) {
    const original = stream.write;
    stream.write = function write(this: typeof stream, chunk: unknown, ...rest: unknown[]) {
      const text = typeof chunk === 'string' ? chunk : Buffer.from(chunk as Uint8Array).toString('utf8');
      if (text.includes(`"service":"${service}"`)) {
        lines.push(text);
        return true;
      }
      return (original as (...args: unknown[]) => boolean).call(this, chunk, ...rest);
    } as typeof stream.write;
    undo.push(() => {
      stream.write = original;
    });
  }
  return {
    lines,
    stop: () => {
      for (const step of undo) step();
    },
  };
}
