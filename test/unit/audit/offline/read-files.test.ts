/**
 * The offline reader: the three file shapes (one record, a delivered log file, a saved
 * LookupEvents answer), gzip detected by its magic bytes, directories read recursively, and
 * broken files reported and skipped while the others are read.
 */
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import {
  auditLogFiles,
  createAuditEngine,
  type OfflineAuditResult,
  OfflineInputError,
} from '../../../../shared/audit/index.ts';
import { assumedRole, LAYOUT, policyOf, ROLES, ssmRecord } from '../fixtures.ts';
import { lookupAnswer, tempTree } from './files.ts';

const stranger = assumedRole(ROLES.stranger);

function audit(paths: string[]): Promise<OfflineAuditResult> {
  return auditLogFiles(paths, { layout: LAYOUT, engine: createAuditEngine({ policy: policyOf() }) });
}

const read = (id: string) => ssmRecord({ identity: stranger, eventId: id });

describe('auditLogFiles', () => {
  it('reads a file holding one CloudTrail record', async () => {
    // Prepare
    const tree = tempTree();
    const file = tree.write('one.json', read('evt-one'));
    // Act
    const result = await audit([file]);
    // Assess
    expect(result).toMatchObject({ files: 1, read: 1, records: 1, skippedByReason: {} });
    expect(result.findings.map((f) => [f.rule, f.evidence])).toEqual([
      ['unknown-principal-read', ['evt-one']],
    ]);
  });

  it('reads a delivered log file, gzip, named .json.gz', async () => {
    // Prepare
    const tree = tempTree();
    const file = tree.write(
      '111122223333_CloudTrail_us-east-1_20260301T1000Z_x.json.gz',
      { Records: [read('a'), read('b')] },
      { gzip: true },
    );
    // Act
    const result = await audit([file]);
    // Assess
    expect(result).toMatchObject({ read: 2, records: 2 });
    expect(result.findings.flatMap((f) => f.evidence)).toEqual(['a', 'b']);
  });

  it('detects gzip by its magic bytes whatever the file is called', async () => {
    // Prepare
    const tree = tempTree();
    const file = tree.write('renamed.json', { Records: [read('gz')] }, { gzip: true });
    // Act
    const result = await audit([file]);
    // Assess
    expect(result).toMatchObject({ read: 1, records: 1 });
  });

  it('reads a saved LookupEvents answer', async () => {
    // Prepare
    const tree = tempTree();
    const file = tree.write('lookup.json', lookupAnswer([read('le-1'), read('le-2')]));
    // Act
    const result = await audit([file]);
    // Assess
    expect(result).toMatchObject({ read: 2, records: 2 });
    expect(result.findings.flatMap((f) => f.evidence)).toEqual(['le-1', 'le-2']);
  });

  it('reads a LookupEvents answer whose NextToken comes first', async () => {
    // Prepare
    const tree = tempTree();
    const { Events, NextToken } = lookupAnswer([read('nt-1')]);
    const file = tree.write('lookup.json', { NextToken, Events });
    // Act
    const result = await audit([file]);
    // Assess
    expect(result).toMatchObject({ read: 1, records: 1 });
  });

  it('reads every file under a directory, recursively, in name order', async () => {
    // Prepare
    const tree = tempTree();
    tree.write('b/deep/2.json', read('second'));
    tree.write('a/1.json.gz', { Records: [read('first')] }, { gzip: true });
    tree.write('c.json', lookupAnswer([read('third')]));
    // Act
    const result = await audit([tree.root]);
    // Assess
    expect(result.files).toBe(3);
    expect(result.findings.flatMap((f) => f.evidence)).toEqual(['first', 'second', 'third']);
  });

  it('passes over files in a directory that are not .json, .json.gz or .gz', async () => {
    // Prepare
    const tree = tempTree();
    tree.write('INDEX.md', '# not a log file');
    tree.write('logs/1.json', read('first'));
    // Act
    const result = await audit([tree.root]);
    // Assess
    expect(result.files).toBe(1);
    expect(result.skipped).toEqual([]);
  });

  it('reports a corrupt gzip file as skipped and reads the others', async () => {
    // Prepare
    const tree = tempTree();
    const good = tree.write('good.json', read('good'));
    const bad = tree.write(
      'bad.json.gz',
      gzipSync(JSON.stringify({ Records: [read('cut')] })).subarray(0, 24),
    );
    // Act
    const result = await audit([bad, good]);
    // Assess
    expect(result).toMatchObject({ files: 2, records: 1, skippedByReason: { 'malformed-file': 1 } });
    expect(result.skipped[0]).toMatchObject({ file: bad, reason: 'malformed-file' });
    expect(result.skipped[0]?.detail).toMatch(/^the file cannot be read: /);
  });

  it('keeps the records before a log file breaks off', async () => {
    // Prepare
    const tree = tempTree();
    const text = JSON.stringify({ Records: [read('kept'), read('lost')] });
    const file = tree.write('cut.json', text.slice(0, text.indexOf('"lost"')));
    // Act
    const result = await audit([file]);
    // Assess
    expect(result).toMatchObject({ records: 1, skippedByReason: { 'malformed-file': 1 } });
    expect(result.skipped[0]?.detail).toBe(
      'not a JSON object with a "Records" array: the "Records" array breaks off after 1 elements',
    );
  });

  it.each([
    ['not JSON', 'notes.txt', 'hello', 'the file is not JSON'],
    ['empty', 'empty.json', '', 'the file is empty'],
  ])('reports a file that is %s as skipped', async (_what, name, content, detail) => {
    // Prepare
    const tree = tempTree();
    const file = tree.write(name, content);
    // Act
    const result = await audit([file]);
    // Assess
    expect(result.skipped).toEqual([{ reason: 'malformed-file', detail, origin: 'log-file', file }]);
  });

  it('counts skipped records by reason', async () => {
    // Prepare
    const tree = tempTree();
    const file = tree.write('mixed.json', {
      Records: [
        read('ok'),
        { ...read('kms'), eventSource: 'kms.amazonaws.com' },
        42,
        { ...read('x'), eventTime: 'soon' },
      ],
    });
    // Act
    const result = await audit([file]);
    // Assess
    expect(result).toMatchObject({
      read: 4,
      records: 1,
      skippedByReason: { 'not-ssm-event': 1, 'not-an-object': 1, 'invalid-time': 1 },
    });
  });

  it('refuses a path that does not exist, naming it', async () => {
    // Prepare
    const missing = `${tempTree().root}/nope.json`;
    // Act
    const error = await audit([missing]).catch((e: Error) => e);
    // Assess
    expect(error).toBeInstanceOf(OfflineInputError);
    expect((error as Error).message).toBe(`${missing}: no such file or directory`);
  });
});
