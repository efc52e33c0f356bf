/** Writes the benchmark's synthetic CloudTrail log file from the shapes of `audit-shapes.ts`. */
import { closeSync, openSync, writeSync } from 'node:fs';
import { DAY_MS, DAY_START, random } from './audit-fixtures.ts';
import { syntheticRecord } from './audit-shapes.ts';

export { ACCOUNT } from './audit-fixtures.ts';

const POOL = 5_000;
const ID = '@@ID@@';
const TIME = '@@TIME@@';

/**
 * Writes a log file of `count` records to `path`; returns its size in bytes. Records are
 * drawn from a pool of serialised shapes (varied principals, names and calls), each given
 * its own event id and a time that rises over the day with ±5 minutes of disorder.
 */
export function writeLogFile(path: string, count: number, seed = 7): number {
  const next = random(seed);
  const pool = Array.from({ length: POOL }, (_, k) =>
    JSON.stringify({ ...syntheticRecord(k, next), eventID: ID, eventTime: TIME }),
  );
  const fd = openSync(path, 'w');
  let bytes = 0;
  const flush = (text: string) => {
    bytes += writeSync(fd, text);
  };
  try {
    flush('{"Records":[');
    let chunk = '';
    for (let i = 0; i < count; i += 1) {
      const time = new Date(
        DAY_START +
          Math.floor(((i / count) * DAY_MS) / 1000) * 1000 +
          Math.floor((next() - 0.5) * 600) * 1000,
      );
      const id = `${i.toString(16).padStart(8, '0')}-4a1b-4c2d-8e3f-${(i * 7919).toString(16).padStart(12, '0')}`;
      const record = (pool[Math.floor(next() * POOL)] as string)
        .replace(TIME, time.toISOString().replace('.000Z', 'Z'))
        .replace(ID, id);
      chunk += (i === 0 ? '' : ',') + record;
      if (chunk.length > 1 << 20) {
        flush(chunk);
        chunk = '';
      }
    }
    flush(`${chunk}]}`);
  } finally {
    closeSync(fd);
  }
  return bytes;
}
