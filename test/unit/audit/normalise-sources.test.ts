/** The three sources of records: LookupEvents events, EventBridge events, log files (whole or streamed). */
import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import {
  type NormaliseResult,
  normaliseEventBridgeEvent,
  normaliseLogFile,
  normaliseLogFileStream,
  normaliseLookupEvent,
  normaliseLookupEventsPage,
} from '../../../shared/audit/index.ts';
import { corpusRecord, LAYOUT } from './fixtures.ts';

const LAMBDA_READ_ID = '7492e9ea-2241-4035-be36-eeed15ccbf0c';

function lookupEvent(record: unknown): Record<string, unknown> {
  return {
    EventId: 'lookup-1',
    EventName: 'GetParameter',
    EventTime: 1579731650,
    CloudTrailEvent: JSON.stringify(record),
  };
}

async function all(results: AsyncIterable<NormaliseResult>): Promise<NormaliseResult[]> {
  const list: NormaliseResult[] = [];
  for await (const r of results) list.push(r);
  return list;
}

describe('normalise: LookupEvents', () => {
  it('parses the CloudTrailEvent string of an event', () => {
    // Act
    const result = normaliseLookupEvent(LAYOUT, lookupEvent(corpusRecord('13-')));
    // Assess
    expect(result.ok && [result.record.eventId, result.record.origin]).toEqual([
      LAMBDA_READ_ID,
      'lookup-events',
    ]);
  });

  it('skips an event whose CloudTrailEvent is not JSON as not-json', () => {
    // Act
    const result = normaliseLookupEvent(LAYOUT, { EventId: 'e-1', CloudTrailEvent: '{"eventVersion":' }, 4);
    // Assess
    expect(result).toEqual({
      ok: false,
      skipped: {
        reason: 'not-json',
        detail: 'CloudTrailEvent is not JSON',
        origin: 'lookup-events',
        index: 4,
        eventId: 'e-1',
      },
    });
  });

  it('skips an event without CloudTrailEvent as missing-field', () => {
    // Act
    const result = normaliseLookupEvent(LAYOUT, { EventId: 'e-2' });
    // Assess
    expect(!result.ok && [result.skipped.reason, result.skipped.detail]).toEqual([
      'missing-field',
      'CloudTrailEvent is missing',
    ]);
  });

  it('reports an answer without Events as one malformed-file entry', () => {
    // Act
    const batch = normaliseLookupEventsPage(LAYOUT, { NextToken: 'x' });
    // Assess
    expect(batch).toEqual({
      records: [],
      skipped: [
        { reason: 'malformed-file', detail: 'the answer has no "Events" list', origin: 'lookup-events' },
      ],
    });
  });
});

describe('normalise: EventBridge', () => {
  const envelope = (detail: unknown, detailType = 'AWS API Call via CloudTrail') => ({
    version: '0',
    id: 'eb-1',
    'detail-type': detailType,
    source: 'aws.ssm',
    account: '111122223333',
    time: '2020-01-22T22:20:50Z',
    region: 'us-east-1',
    resources: [],
    detail,
  });

  it('normalises the record in detail', () => {
    // Act
    const result = normaliseEventBridgeEvent(LAYOUT, envelope(corpusRecord('13-')));
    // Assess
    expect(result.ok && [result.record.eventId, result.record.origin]).toEqual([
      LAMBDA_READ_ID,
      'eventbridge',
    ]);
  });

  it('skips an event of another detail-type as not-cloudtrail-event', () => {
    // Act
    const result = normaliseEventBridgeEvent(LAYOUT, envelope({}, 'Parameter Store Change'));
    // Assess
    expect(!result.ok && result.skipped).toEqual({
      reason: 'not-cloudtrail-event',
      detail:
        'detail-type is "Parameter Store Change", not "AWS API Call via CloudTrail" (EventBridge event eb-1)',
      origin: 'eventbridge',
    });
  });

  it('skips an event without detail as missing-field', () => {
    // Act
    const result = normaliseEventBridgeEvent(LAYOUT, envelope(null));
    // Assess
    expect(!result.ok && result.skipped.reason).toBe('missing-field');
  });
});

describe('normalise: log files', () => {
  it('normalises the Records of a parsed file, skipping with the index', () => {
    // Act
    const batch = normaliseLogFile(LAYOUT, { Records: [corpusRecord('13-'), corpusRecord('21-')] });
    // Assess
    expect(batch.records.map((r) => r.eventId)).toEqual([LAMBDA_READ_ID]);
    expect(batch.skipped.map((s) => [s.reason, s.index])).toEqual([['not-ssm-event', 1]]);
  });

  it('reports a value without Records as malformed-file', () => {
    // Act
    const batch = normaliseLogFile(LAYOUT, [corpusRecord('13-')]);
    // Assess
    expect(batch.skipped).toEqual([
      { reason: 'malformed-file', detail: 'the file has no "Records" array', origin: 'log-file' },
    ]);
  });

  it('streams a file in small chunks, record by record', async () => {
    // Prepare
    const text = JSON.stringify({ Records: [corpusRecord('13-'), corpusRecord('09-'), corpusRecord('12-')] });
    const chunks = Readable.from(text.match(/[\s\S]{1,7}/g) ?? []);
    // Act
    const results = await all(normaliseLogFileStream(LAYOUT, chunks));
    // Assess
    expect(results.map((r) => (r.ok ? r.record.eventId : r.skipped.reason))).toEqual([
      LAMBDA_READ_ID,
      'not-ssm-event',
      '8860c5a8-2c5d-4427-af59-2b786d9bab37',
    ]);
  });

  it('skips a record of a streamed file that is not JSON as not-json', async () => {
    // Prepare
    const chunks = Readable.from(['{"Records":[{"eventSource": tru}, {"eventSource":"kms.amazonaws.com"}]}']);
    // Act
    const results = await all(normaliseLogFileStream(LAYOUT, chunks));
    // Assess
    expect(results.map((r) => !r.ok && [r.skipped.reason, r.skipped.index])).toEqual([
      ['not-json', 0],
      ['not-ssm-event', 1],
    ]);
  });

  it('ends a file that breaks off with one malformed-file entry after its complete records', async () => {
    // Prepare
    const text = JSON.stringify({ Records: [corpusRecord('13-'), corpusRecord('12-')] });
    const chunks = Readable.from([text.slice(0, text.length - 200)]);
    // Act
    const results = await all(normaliseLogFileStream(LAYOUT, chunks));
    // Assess
    expect(results.map((r) => (r.ok ? r.record.eventId : [r.skipped.reason, r.skipped.detail]))).toEqual([
      LAMBDA_READ_ID,
      [
        'malformed-file',
        'not a JSON object with a "Records" array: the "Records" array breaks off after 1 elements',
      ],
    ]);
  });
});
