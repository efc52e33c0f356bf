/** Captures what is written to stdout and stderr while `act` runs (still silent to the terminal). */
export interface Captured {
  /** Everything written, in order. */
  raw: string;
  /** Each non-empty line parsed as JSON. */
  entries: Array<Record<string, unknown>>;
}

export async function captureOutput(act: () => unknown): Promise<Captured> {
  const chunks: string[] = [];
  const streams = [process.stdout, process.stderr];
  const originals = streams.map((stream) => stream.write);
  for (const stream of streams) {
    stream.write = ((chunk: unknown) => {
      chunks.push(typeof chunk === 'string' ? chunk : Buffer.from(chunk as Uint8Array).toString('utf8'));
      return true;
    }) as typeof stream.write;
  }
  try {
    await act();
  } finally {
    streams.forEach((stream, i) => {
      stream.write = originals[i] as typeof stream.write;
    });
  }
  const raw = chunks.join('');
  const entries = raw
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as Record<string, unknown>);
  return { raw, entries };
}
