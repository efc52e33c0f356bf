/**
 * What a file holds, from its first bytes: the first key of the top-level object tells a
 * CloudTrail log file (`{"Records": [...]}`) and a saved LookupEvents answer
 * (`{"Events": [...], "NextToken": ...}`) from anything else (one record, an array), which
 * is read whole.
 */

export type FileShape = 'records' | 'events' | 'other';

const FIRST_KEY = /^\uFEFF?\s*\{\s*"((?:[^"\\]|\\.)*)"/;

/** The shape told by the head of the (decoded) file. Never throws. */
export function detectShape(head: Uint8Array): FileShape {
  const text = Buffer.from(head.buffer, head.byteOffset, Math.min(head.byteLength, 4096)).toString('utf8');
  const key = FIRST_KEY.exec(text)?.[1];
  if (key === 'Records') return 'records';
  if (key === 'Events' || key === 'NextToken') return 'events';
  return 'other';
}
