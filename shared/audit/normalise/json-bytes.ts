/**
 * Byte-level scanning of JSON text for the log-file splitter. The structural characters
 * are ASCII and never occur inside a multi-byte UTF-8 sequence, so bytes can be scanned
 * without decoding.
 */

export const QUOTE = 0x22;
export const BACKSLASH = 0x5c;
export const COMMA = 0x2c;
export const COLON = 0x3a;
export const OPEN_BRACE = 0x7b;
export const CLOSE_BRACE = 0x7d;
export const OPEN_BRACKET = 0x5b;
export const CLOSE_BRACKET = 0x5d;

/** JSON whitespace. */
export const isSpace = (c: number): boolean => c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09;
/** `{` or `[`. */
export const isOpen = (c: number): boolean => c === OPEN_BRACE || c === OPEN_BRACKET;
/** `}` or `]`. */
export const isClose = (c: number): boolean => c === CLOSE_BRACE || c === CLOSE_BRACKET;
/** The bytes of a UTF-8 byte-order mark, skipped before the document. */
export const isByteOrderMark = (c: number): boolean => c === 0xef || c === 0xbb || c === 0xbf;

/**
 * The index of the quote closing the string opened at `stringStart`, searching from
 * `from`; -1 when the buffer ends first. Never throws.
 */
export function closingQuote(buf: Uint8Array, from: number, stringStart: number): number {
  for (let j = from; ; ) {
    const q = buf.indexOf(QUOTE, j);
    if (q < 0) return -1;
    let k = q - 1;
    while (k > stringStart && buf[k] === BACKSLASH) k -= 1;
    if ((q - 1 - k) % 2 === 0) return q;
    j = q + 1;
  }
}

/**
 * The index after the JSON value starting at `start` (an object, array, string, or a
 * number or literal ended by `,`, `]` or whitespace); -1 when `buf` ends first. One tight
 * loop, no allocation. Never throws (malformed values end where their brackets balance and
 * are refused later by `JSON.parse`).
 */
export function valueEnd(buf: Uint8Array, start: number, n: number): number {
  const first = buf[start] as number;
  if (first !== QUOTE && !isOpen(first)) {
    for (let i = start + 1; i < n; i += 1) {
      const c = buf[i] as number;
      if (c === COMMA || c === CLOSE_BRACKET || isSpace(c)) return i;
    }
    return -1;
  }
  let depth = 0;
  let i = start;
  while (i < n) {
    const c = buf[i] as number;
    if (c === QUOTE) {
      i += 1;
      while (i < n) {
        const d = buf[i] as number;
        if (d === QUOTE) break;
        i += d === BACKSLASH ? 2 : 1;
      }
      if (i >= n) return -1;
      if (depth === 0) return i + 1;
    } else if (isOpen(c)) depth += 1;
    else if (isClose(c)) {
      depth -= 1;
      if (depth === 0) return i + 1;
    }
    i += 1;
  }
  return -1;
}
