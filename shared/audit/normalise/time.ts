/** CloudTrail's `eventTime`: `2024-08-01T15:26:55Z`, also with fractions or a space for the `T`. */

const EVENT_TIME =
  /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2}):(\d{2})(?:\.(\d{1,9}))?Z|[ ](\d{2}):(\d{2}):(\d{2})(?:\.(\d{1,9}))?Z?)$/;

/**
 * Parses an event time in UTC. Accepts CloudTrail's ISO form (`...T15:26:55Z`, optional
 * fraction) and the space-separated UTC form that exports such as Panther's write
 * (`2025-02-14 19:43:09.000000000`). Returns undefined for anything else, including
 * impossible dates (`2024-02-30`) and other time zones. Never throws.
 */
export function parseEventTime(text: string): Date | undefined {
  if (text.length === 20 && text.charCodeAt(10) === 84 && text.charCodeAt(19) === 90) return isoSeconds(text);
  const m = EVENT_TIME.exec(text);
  if (m === null) return undefined;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const hour = Number(m[4] ?? m[8]);
  const minute = Number(m[5] ?? m[9]);
  const second = Number(m[6] ?? m[10]);
  const fraction = m[7] ?? m[11] ?? '';
  const ms = fraction === '' ? 0 : Number(fraction.slice(0, 3).padEnd(3, '0'));
  const epoch = Date.UTC(year, month - 1, day, hour, minute, second, ms);
  const date = new Date(epoch);
  const sameFields =
    date.getUTCFullYear() === year &&
    date.getUTCMonth() === month - 1 &&
    date.getUTCDate() === day &&
    date.getUTCHours() === hour &&
    date.getUTCMinutes() === minute &&
    date.getUTCSeconds() === second;
  return sameFields ? date : undefined;
}

/** Two decimal digits at `i`, or NaN. */
function twoDigits(text: string, i: number): number {
  const a = text.charCodeAt(i) - 48;
  const b = text.charCodeAt(i + 1) - 48;
  return a >= 0 && a <= 9 && b >= 0 && b <= 9 ? a * 10 + b : Number.NaN;
}

/** The common form `YYYY-MM-DDTHH:MM:SSZ`, read without a regular expression or allocation. */
function isoSeconds(text: string): Date | undefined {
  if (text.charCodeAt(4) !== 45 || text.charCodeAt(7) !== 45) return undefined;
  if (text.charCodeAt(13) !== 58 || text.charCodeAt(16) !== 58) return undefined;
  const year = twoDigits(text, 0) * 100 + twoDigits(text, 2);
  const month = twoDigits(text, 5);
  const day = twoDigits(text, 8);
  const hour = twoDigits(text, 11);
  const minute = twoDigits(text, 14);
  const second = twoDigits(text, 17);
  const valid =
    year >= 1000 && month >= 1 && month <= 12 && day >= 1 && hour <= 23 && minute <= 59 && second <= 59;
  if (!valid) return undefined;
  const date = new Date(Date.UTC(year, month - 1, day, hour, minute, second));
  return day <= 28 || date.getUTCDate() === day ? date : undefined;
}
