/**
 * The part of the splitter before the array: walks the top-level object's members until
 * the key wanted, skipping other members whatever they hold. Works on bytes, resumable
 * across chunks through its state object.
 */
import { LogFileFormatError } from '../errors.ts';
import {
  CLOSE_BRACE,
  COLON,
  COMMA,
  closingQuote,
  isByteOrderMark,
  isClose,
  isOpen,
  isSpace,
  OPEN_BRACE,
  OPEN_BRACKET,
  QUOTE,
} from './json-bytes.ts';

/** Where the walk is: before the object, between members, in a key, ..., at the array, done. */
export const HEADER = { before: 0, keyOrEnd: 1, key: 2, colon: 3, value: 4, skip: 5, array: 6 } as const;
export type HeaderPhase = (typeof HEADER)[keyof typeof HEADER];

export interface HeaderState {
  phase: HeaderPhase;
  /** Nesting inside a skipped value. */
  nest: number;
  /** Inside a string that opened at `stringStart` (kept in the buffer until it closes). */
  inString: boolean;
  stringStart: number;
  /** The last key read is the one wanted. */
  matched: boolean;
}

/** The state before the first byte. Never throws. */
export function startHeader(): HeaderState {
  return { phase: HEADER.before, nest: 0, inString: false, stringStart: -1, matched: false };
}

/**
 * Advances from `i` until the array under `key` opens (phase `array`, the index after `[`)
 * or `buf` ends. Throws `LogFileFormatError` when the document is not an object, the key
 * is missing, or its value is not an array.
 */
export function walkHeader(s: HeaderState, buf: Buffer, i: number, key: Buffer): number {
  const fail = (reason: string): never => {
    throw new LogFileFormatError(`not a JSON object with a "${key.toString()}" array: ${reason}`);
  };
  const openString = (at: number, phase: HeaderPhase) => {
    s.inString = true;
    s.stringStart = at;
    s.phase = phase;
  };
  const n = buf.length;
  while (i < n && s.phase !== HEADER.array) {
    if (s.inString) {
      const q = closingQuote(buf, i, s.stringStart);
      if (q < 0) return n;
      s.inString = false;
      i = q + 1;
      if (s.phase === HEADER.key) {
        s.matched = key.equals(buf.subarray(s.stringStart + 1, q));
        s.phase = HEADER.colon;
      }
      continue;
    }
    const c = buf[i] as number;
    switch (s.phase) {
      case HEADER.before:
        if (c === OPEN_BRACE) s.phase = HEADER.keyOrEnd;
        else if (!isSpace(c) && !isByteOrderMark(c)) fail('it does not start with "{"');
        break;
      case HEADER.keyOrEnd:
        if (c === QUOTE) openString(i, HEADER.key);
        else if (c === CLOSE_BRACE) fail(`it has no "${key.toString()}" member`);
        else if (!isSpace(c) && c !== COMMA) fail('a member does not start with a key');
        break;
      case HEADER.colon:
        if (c === COLON) s.phase = HEADER.value;
        else if (!isSpace(c)) fail('a key is not followed by ":"');
        break;
      case HEADER.value:
        if (isSpace(c)) break;
        if (s.matched && c !== OPEN_BRACKET) fail(`"${key.toString()}" is not an array`);
        s.nest = isOpen(c) ? 1 : 0;
        if (s.matched) s.phase = HEADER.array;
        else if (c === QUOTE) openString(i, HEADER.skip);
        else s.phase = HEADER.skip;
        break;
      case HEADER.skip:
        if (c === QUOTE) openString(i, HEADER.skip);
        else if (isOpen(c)) s.nest += 1;
        else if (isClose(c)) {
          if (s.nest === 0) fail(`it has no "${key.toString()}" member`);
          s.nest -= 1;
        } else if (c === COMMA && s.nest === 0) s.phase = HEADER.keyOrEnd;
        break;
    }
    i += 1;
  }
  return i;
}
