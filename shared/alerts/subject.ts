/**
 * SNS subject sanitising (case C-14). SNS accepts a subject of printable ASCII on one line,
 * beginning with a letter, digit or punctuation, shorter than 100 characters. The full
 * title always stays in the message body; the subject is only a pointer to it.
 */
import { SNS_PUBLISH_LIMITS } from './constants.ts';

/** Characters NFKD does not reduce to ASCII but that have an obvious ASCII spelling. */
const TRANSLITERATIONS: Readonly<Record<string, string>> = {
  ß: 'ss',
  Æ: 'AE',
  æ: 'ae',
  Ø: 'O',
  ø: 'o',
  Œ: 'OE',
  œ: 'oe',
  Đ: 'D',
  đ: 'd',
  Ł: 'L',
  ł: 'l',
  Þ: 'Th',
  þ: 'th',
  ı: 'i',
  '\u2018': "'",
  '\u2019': "'",
  '\u201A': "'",
  '\u201C': '"',
  '\u201D': '"',
  '\u201E': '"',
  '\u2013': '-',
  '\u2014': '-',
  '\u2212': '-',
  '\u2192': '->',
  '\u2190': '<-',
  '\u2022': '*',
  '\u20AC': 'EUR',
  '\u00D7': 'x',
};

/** Letters, digits, and ASCII punctuation (Unicode category P); symbols such as `$+<=>^|~` are not. */
const VALID_START = /[A-Za-z0-9!"#%&'()*,\-./:;?@[\\\]_{}]/;
const ELLIPSIS = '...';

/**
 * Makes `text` a subject SNS accepts: non-ASCII letters transliterated (NFKD, marks
 * stripped, a few spellings), anything else non-printable dropped, every line break or run
 * of white space one space, leading spaces and symbols removed, and at most 99 characters
 * (cut text ends with `...`). Returns undefined when nothing is left, so the caller omits
 * the subject. Never throws.
 */
export function sanitiseSubject(text: string): string | undefined {
  const ascii = [...text.normalize('NFKD').replace(/\p{M}/gu, '')]
    .map((char) => TRANSLITERATIONS[char] ?? char)
    .join('')
    .replace(/[\s\p{Cc}\p{Zl}\p{Zp}]+/gu, ' ')
    .replace(/[^\x20-\x7E]/g, '')
    .replace(/ {2,}/g, ' ');
  let start = 0;
  while (start < ascii.length && !VALID_START.test(ascii.charAt(start))) start += 1;
  const subject = ascii.slice(start).trimEnd();
  if (subject.length === 0) return undefined;
  if (subject.length <= SNS_PUBLISH_LIMITS.maxSubjectChars) return subject;
  return `${subject.slice(0, SNS_PUBLISH_LIMITS.maxSubjectChars - ELLIPSIS.length).trimEnd()}${ELLIPSIS}`;
}
