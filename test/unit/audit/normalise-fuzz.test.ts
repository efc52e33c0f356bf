/**
 * Malformed input never throws out of the normaliser or the engine: random JSON values and
 * mutated corpus records are either normalised or skipped with a known reason (and never
 * with `unexpected-error`, which would be a defect of the normaliser).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  createAuditEngine,
  type NormaliseResult,
  normaliseEventBridgeEvent,
  normaliseLogRecord,
  normaliseLookupEvent,
  SKIP_REASONS,
} from '../../../shared/audit/index.ts';
import { corpusFiles, corpusRecord, LAYOUT, policyOf, ssmRecord } from './fixtures.ts';

const KNOWN_REASONS = Object.values(SKIP_REASONS).filter((r) => r !== SKIP_REASONS.unexpected);
const engine = createAuditEngine({ policy: policyOf({ networks: { cidrs: ['10.0.0.0/8'] } }) });

function wellFormed(result: NormaliseResult): boolean {
  return result.ok || (KNOWN_REASONS as string[]).includes(result.skipped.reason);
}

/** A corpus record or an SSM record of the tests, with random changes at random places. */
const mutatedRecord = fc
  .tuple(
    fc.constantFrom(...corpusFiles().map((f) => f.slice(0, 3))),
    fc.array(
      fc.record({
        path: fc.array(
          fc.constantFrom(
            'userIdentity',
            'sessionContext',
            'sessionIssuer',
            'requestParameters',
            'names',
            'name',
            'path',
            'eventTime',
            'eventName',
            'errorMessage',
            'arn',
            'type',
            '0',
            'recursive',
          ),
          { minLength: 1, maxLength: 3 },
        ),
        value: fc.oneof(
          fc.jsonValue(),
          fc.constant(undefined),
          fc.string(),
          fc.constant('arn:aws:ssm:us-east-1:111122223333:parameter/qlarius/'),
        ),
      }),
      { minLength: 1, maxLength: 4 },
    ),
    fc.boolean(),
  )
  .map(([prefix, changes, fromFixture]) => {
    const record: Record<string, unknown> = fromFixture
      ? ssmRecord({ eventName: 'GetParametersByPath', request: { path: '/qlarius', recursive: true } })
      : corpusRecord(prefix === '20-' ? '13-' : prefix);
    for (const { path, value } of changes) setAt(record, path, value);
    return record;
  });

function setAt(target: Record<string, unknown>, path: readonly string[], value: unknown): void {
  let node: unknown = target;
  for (const key of path.slice(0, -1)) {
    if (typeof node !== 'object' || node === null) return;
    node = (node as Record<string, unknown>)[key];
  }
  if (typeof node !== 'object' || node === null) return;
  const last = path[path.length - 1] as string;
  if (value === undefined) delete (node as Record<string, unknown>)[last];
  else (node as Record<string, unknown>)[last] = value;
}

describe('normalise: malformed input', () => {
  it('never throws on any JavaScript value as a log record', () => {
    fc.assert(
      fc.property(fc.anything(), (value) => {
        // Act
        const result = normaliseLogRecord(LAYOUT, value);
        // Assess
        expect(wellFormed(result)).toBe(true);
      }),
      { numRuns: 500 },
    );
  });

  it('never throws on random LookupEvents and EventBridge envelopes', () => {
    fc.assert(
      fc.property(fc.jsonValue(), fc.string(), (value, text) => {
        // Act
        const results = [
          normaliseLookupEvent(LAYOUT, value),
          normaliseLookupEvent(LAYOUT, { EventId: 'e', CloudTrailEvent: text }),
          normaliseLookupEvent(LAYOUT, { CloudTrailEvent: JSON.stringify(value) }),
          normaliseEventBridgeEvent(LAYOUT, { 'detail-type': 'AWS API Call via CloudTrail', detail: value }),
          normaliseEventBridgeEvent(LAYOUT, value),
        ];
        // Assess
        expect(results.every(wellFormed)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it('normalises or skips mutated records, and the engine judges what it normalises', () => {
    fc.assert(
      fc.property(fc.array(mutatedRecord, { minLength: 1, maxLength: 10 }), (records) => {
        // Act
        const results = records.map((r) => normaliseLogRecord(LAYOUT, r));
        const accepted = results.flatMap((r) => (r.ok ? [r.record] : []));
        const judged = engine.evaluateBatch(accepted, {
          window: { start: new Date(0), end: new Date('2030-01-01T00:00:00Z') },
        });
        // Assess
        expect(results.every(wellFormed)).toBe(true);
        expect(judged.records).toBe(accepted.length);
      }),
      { numRuns: 400 },
    );
  });

  it('never throws on random text where names belong', () => {
    fc.assert(
      fc.property(fc.string(), fc.array(fc.string(), { maxLength: 12 }), (name, names) => {
        // Act
        const results = [
          normaliseLogRecord(LAYOUT, ssmRecord({ request: { name } })),
          normaliseLogRecord(LAYOUT, ssmRecord({ eventName: 'GetParameters', request: { names } })),
          normaliseLogRecord(
            LAYOUT,
            ssmRecord({ eventName: 'GetParametersByPath', request: { path: name } }),
          ),
          normaliseLogRecord(
            LAYOUT,
            ssmRecord({
              request: null,
              errorCode: 'AccessDenied',
              errorMessage: `on resource: arn:aws:ssm:us-east-1:111122223333:parameter/${name}`,
            }),
          ),
        ];
        // Assess
        expect(results.every(wellFormed)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });
});
