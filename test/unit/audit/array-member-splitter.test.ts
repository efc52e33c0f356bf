/** The streaming splitter over the Records array of a log file (or the Events of a LookupEvents answer). */
import { Readable } from 'node:stream';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  createArrayMemberScanner,
  LogFileFormatError,
  splitArrayMember,
} from '../../../shared/audit/index.ts';

async function split(chunks: readonly (string | Uint8Array)[], key?: string): Promise<string[]> {
  const out: string[] = [];
  for await (const element of splitArrayMember(Readable.from(chunks), key)) out.push(element);
  return out;
}

async function failure(chunks: readonly string[]): Promise<Error> {
  try {
    await split(chunks);
  } catch (error) {
    return error as Error;
  }
  throw new Error('expected a throw');
}

const TRICKY = '{"a":"x\\"]}","b":["[",{"c":"\\\\"}],"d":"é€😀"}';
const FILE = `{"Records":[{"n":1}, ${TRICKY} ,{"n":[2,{"m":3}]}]}`;
const ELEMENTS = ['{"n":1}', TRICKY, '{"n":[2,{"m":3}]}'];

describe('splitArrayMember', () => {
  it('yields the JSON text of each element', async () => {
    // Act
    const elements = await split([FILE]);
    // Assess
    expect(elements).toEqual(ELEMENTS);
  });

  it('yields the same elements wherever the input is cut in two', async () => {
    // Prepare
    const bytes = Buffer.from(FILE);
    const cuts = Array.from({ length: bytes.length - 1 }, (_, i) => i + 1);
    // Act
    const results = await Promise.all(cuts.map((at) => split([bytes.subarray(0, at), bytes.subarray(at)])));
    // Assess
    expect(results.every((r) => JSON.stringify(r) === JSON.stringify(ELEMENTS))).toBe(true);
  });

  it('yields the same elements from one-byte chunks (multi-byte characters split)', async () => {
    // Prepare
    const bytes = Buffer.from(FILE);
    const chunks = Array.from(bytes, (b) => Uint8Array.of(b));
    // Act
    const elements = await split(chunks);
    // Assess
    expect(elements).toEqual(ELEMENTS);
  });

  it('skips other members before and after the array, whatever they hold', async () => {
    // Prepare
    const text =
      '\uFEFF { "x": {"Records": [9]}, "y": "Records", "z": [1, "]"], "Records" : [ {"k":1} ] , "after": 1}';
    // Act
    const elements = await split([text]);
    // Assess
    expect(elements).toEqual(['{"k":1}']);
  });

  it('yields primitives and strings as elements', async () => {
    // Act
    const elements = await split(['{"Records":[1, "two" ,null,true,[3]]}']);
    // Assess
    expect(elements).toEqual(['1', '"two"', 'null', 'true', '[3]']);
  });

  it('yields nothing for an empty array', async () => {
    // Act
    const elements = await split(['{"Records": [ ]}']);
    // Assess
    expect(elements).toEqual([]);
  });

  it('splits the array of another key (Events of a LookupEvents answer)', async () => {
    // Act
    const elements = await split(['{"NextToken":"t","Events":[{"EventId":"1"}]}'], 'Events');
    // Assess
    expect(elements).toEqual(['{"EventId":"1"}']);
  });

  it('stops reading the source once the array is closed', async () => {
    // Prepare
    let pulled = 0;
    async function* source() {
      for (const chunk of ['{"Records":[1]', '}', 'never read']) {
        pulled += 1;
        yield chunk;
      }
    }
    // Act
    const out: string[] = [];
    for await (const e of splitArrayMember(source())) out.push(e);
    // Assess
    expect([out, pulled]).toEqual([['1'], 1]);
  });

  it.each([
    ['[1,2]', 'not a JSON object with a "Records" array: it does not start with "{"'],
    ['{"a":1}', 'not a JSON object with a "Records" array: it has no "Records" member'],
    ['{"Records":{"a":1}}', 'not a JSON object with a "Records" array: "Records" is not an array'],
    [
      '{"Records":[{"a":1},{"b"',
      'not a JSON object with a "Records" array: the "Records" array breaks off after 1 elements',
    ],
    ['', 'not a JSON object with a "Records" array: it has no "Records" array'],
  ])('throws LogFileFormatError for %j', async (text, message) => {
    // Act
    const error = await failure([text]);
    // Assess
    expect([error, error.message]).toEqual([expect.any(LogFileFormatError), message]);
  });

  it('gives back every element of random arrays cut into random chunks', () => {
    fc.assert(
      fc.property(
        fc.array(fc.jsonValue(), { maxLength: 8 }),
        fc.array(fc.integer({ min: 1, max: 9 }), { minLength: 1, maxLength: 30 }),
        (records, sizes) => {
          // Prepare
          const bytes = Buffer.from(
            JSON.stringify({ before: records[0] ?? null, Records: records, after: 'x' }, null, 1),
          );
          const scanner = createArrayMemberScanner();
          const out: string[] = [];
          // Act
          for (let at = 0, i = 0; at < bytes.length; i += 1) {
            const size = sizes[i % sizes.length] ?? 1;
            out.push(...scanner.push(bytes.subarray(at, at + size)));
            at += size;
          }
          scanner.end();
          // Assess
          expect(out.map((t) => JSON.parse(t))).toEqual(JSON.parse(JSON.stringify(records)));
        },
      ),
    );
  });
});
