/** Every record of ../shared/corpus/cloudtrail normalises to its literal fields, or is skipped with its reason. */
import { describe, expect, it } from 'vitest';
import { normaliseLogRecord, normaliseLookupEventsPage } from '../../../shared/audit/index.ts';
import { createPathLayout } from '../../../shared/parameter-paths/index.ts';
import { CORPUS_EXPECTED } from './corpus-expected.ts';
import { corpusFiles, corpusRecord, LAYOUT } from './fixtures.ts';

const LOOKUP_EVENTS_ANSWER = '20-lookupevents-response-envelope-root.json';

describe('normalise: the CloudTrail corpus', () => {
  it('has an expectation for every corpus file', () => {
    // Act
    const files = corpusFiles();
    // Assess
    expect(files).toEqual(Object.keys(CORPUS_EXPECTED).sort());
  });

  it.each(Object.entries(CORPUS_EXPECTED).filter(([file]) => file !== LOOKUP_EVENTS_ANSWER))(
    'normaliseLogRecord(%s) gives the expected record or skip',
    (file, expected) => {
      // Prepare
      const raw = corpusRecord(file.slice(0, 3));
      // Act
      const result = normaliseLogRecord(LAYOUT, raw);
      // Assess
      expect(result).toEqual(
        'record' in expected
          ? { ok: true, record: expected.record }
          : { ok: false, skipped: expected.skipped },
      );
    },
  );

  it('normaliseLookupEventsPage skips the root ConsoleLogin of the LookupEvents answer as not-ssm-event', () => {
    // Prepare
    const answer = corpusRecord('20-');
    // Act
    const batch = normaliseLookupEventsPage(LAYOUT, answer);
    // Assess
    expect(batch).toEqual({
      records: [],
      skipped: [(CORPUS_EXPECTED[LOOKUP_EVENTS_ANSWER] as { skipped: unknown }).skipped],
    });
  });

  it('resolves a corpus name as a managed secret when the layout manages it', () => {
    // Prepare: a deployment whose root is /credentials and whose secret is stratus-red-team/credentials-25
    const layout = createPathLayout({
      root: '/credentials',
      opsRoot: '/credentials-rotation',
      region: 'us-east-1',
      account: '111122223333',
      partition: 'aws',
      catalog: [{ id: 'stratus-25', path: 'stratus-red-team/credentials-25', strategy: 'none' }],
    });
    // Act
    const result = normaliseLogRecord(layout, corpusRecord('03-'));
    // Assess
    expect(result.ok && result.record.managed).toEqual({ secretIds: ['stratus-25'], pendingSecretIds: [] });
    expect(result.ok && result.record.parameters[3]).toEqual({
      reference: '/credentials/stratus-red-team/credentials-25',
      name: '/credentials/stratus-red-team/credentials-25',
      kind: 'secret',
      secretId: 'stratus-25',
      from: 'request',
    });
  });
});
