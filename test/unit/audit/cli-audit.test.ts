/**
 * `sra audit --logs`: the readable table, the JSON report (`--json`), exit codes (1 with
 * findings, 0 without, 2 for usage errors), and nothing written anywhere without `--alert`.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { runSra } from '../../helpers/run-sra.ts';
import { assumedRole, ROLES, ssmRecord } from './fixtures.ts';
import { tempTree } from './offline/files.ts';

const sra = runSra;

const strangerRead = ssmRecord({
  identity: assumedRole(ROLES.stranger, 'ci-run-7'),
  eventId: 'evt-stranger-1',
  time: '2026-03-01T10:00:00Z',
});
const applicationRead = ssmRecord({ eventId: 'evt-app-1' });

describe('sra audit --logs', () => {
  beforeEach(() => {
    vi.stubEnv('SRA_ACCOUNT', '111122223333');
    vi.stubEnv('SRA_REGION', 'us-east-1');
    vi.stubEnv('SRA_TOPIC_ARN', undefined);
    vi.stubEnv('SRA_AUDIT_POLICY', undefined);
  });
  afterEach(() => {
    vi.unstubAllEnvs();
  });

  it('prints a table of findings and exits 1', async () => {
    // Prepare
    const file = tempTree().write('trail.json', { Records: [strangerRead, applicationRead] });
    // Act
    const result = await sra('audit', '--logs', file);
    // Assess
    expect(result.code).toBe(1);
    expect(result.out).toContain('Audited 1 file: 2 records read, 2 evaluated, none skipped.');
    expect(result.out).toContain('1 finding:');
    expect(result.out).toMatch(/ {2}# {2}SEVERITY {2}RULE +PRINCIPAL +SECRETS +FIRST SEEN +EVENTS\n/);
    expect(result.out).toMatch(
      / {2}1 {2}high +unknown-principal-read {2}arn:aws:iam::111122223333:role\/ci-deployer {2}cloak-key {2}2026-03-01T10:00:00.000Z {2}1\n/,
    );
    expect(result.out).toContain('1. [high] Unknown principal read cloak-key');
    expect(result.out).toContain('   evidence: evt-stranger-1');
    expect(result.out).toContain('Alerts: not sent (add --alert to send them).');
  });

  it('prints "No findings." and exits 0 when there are none', async () => {
    // Prepare
    const file = tempTree().write('trail.json', { Records: [applicationRead] });
    // Act
    const result = await sra('audit', '--logs', file);
    // Assess
    expect(result.code).toBe(0);
    expect(result.out).toContain('No findings.');
  });

  it('prints the JSON report with --json', async () => {
    // Prepare
    const tree = tempTree();
    tree.write('a/trail.json.gz', { Records: [strangerRead] }, { gzip: true });
    tree.write('b/broken.json', 'not json');
    // Act
    const result = await sra('audit', '--logs', tree.root, '--json');
    // Assess
    const report = JSON.parse(result.out);
    expect(result.code).toBe(1);
    expect(report).toMatchObject({
      schema: 'ssm-rotation-audit/audit-report/v1',
      source: 'logs',
      window: null,
      counts: {
        files: 2,
        read: 2,
        records: 1,
        duplicates: 0,
        skipped: 1,
        skippedByReason: { 'malformed-file': 1 },
      },
      skipped: [
        { reason: 'malformed-file', detail: 'the file is not JSON', file: `${tree.root}/b/broken.json` },
      ],
      alerts: { alerting: 'off', delivered: 0, suppressed: 0, pending: 0, redelivered: 0 },
      lookupEvents: null,
    });
    expect(report.findings).toEqual([
      expect.objectContaining({
        rule: 'unknown-principal-read',
        severity: 'high',
        kind: 'instant',
        principal: { arn: ROLES.stranger, type: 'AssumedRole', group: 'unknown', sessionName: 'ci-run-7' },
        secrets: ['cloak-key'],
        parameters: ['/qlarius/cloak-key'],
        evidence: ['evt-stranger-1'],
        evidenceCount: 1,
        firstSeen: '2026-03-01T10:00:00.000Z',
        lastSeen: '2026-03-01T10:00:00.000Z',
      }),
    ]);
  });

  it.each([
    [[], 'give --logs PATH..., --since DURATION, or --from TIME [--to TIME]'],
    [['--logs', 'x.json', '--since', '24h'], '--logs cannot be combined with --since, --from or --to'],
    [['--since', '24 hours'], '--since: "24 hours" is not a duration such as 90m, 24h or 7d'],
    [['--since', '1h', '--to', '2026-03-01T10:00:00Z'], '--since cannot be combined with --from or --to'],
    [['--to', '2026-03-01T10:00:00Z'], '--to needs --from'],
    [
      ['--from', 'yesterday'],
      '--from: "yesterday" is not an ISO 8601 time with a zone, e.g. 2026-03-01T10:00:00Z',
    ],
  ])('exits 2 for sra audit %j', async (args, message) => {
    // Act
    const result = await sra('audit', ...args);
    // Assess
    expect(result.code).toBe(2);
    expect(result.err).toBe(`sra audit: ${message}\n(run sra audit --help for usage)\n`);
    expect(result.out).toBe('');
  });

  it('exits 2 naming a path that does not exist', async () => {
    // Prepare
    const missing = `${tempTree().root}/missing`;
    // Act
    const result = await sra('audit', '--logs', missing);
    // Assess
    expect(result.code).toBe(2);
    expect(result.err).toContain(`sra audit: ${missing}: no such file or directory`);
  });
});
