/**
 * `sra audit --since` against the stand-ins, as an operator runs it (`AWS_ENDPOINT_URL`,
 * `SRA_LOCAL_CONTROL_URL`): LookupEvents under the lease, the JSON report, exit code 1 for
 * findings, and nothing left in the ops table without `--alert`.
 */
import { ScanCommand } from '@aws-sdk/client-dynamodb';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { runSra } from '../../helpers/run-sra.ts';
import { DEFAULT_ACCESS_KEY_ID } from '../helpers/local-clients.ts';
import { useAuditFixture } from './audit-fixture.ts';
import { cloakRead, instantKey } from './records.ts';

const fx = useAuditFixture();

const sra = runSra;

describe('sra audit --since', () => {
  beforeEach(() => {
    const env: Record<string, string> = {
      AWS_ENDPOINT_URL: fx.h.local.url,
      AWS_REGION: 'us-east-1',
      AWS_ACCESS_KEY_ID: DEFAULT_ACCESS_KEY_ID,
      AWS_SECRET_ACCESS_KEY: 'local-secret',
      SRA_LOCAL_CONTROL_URL: fx.h.local.controlUrl,
      SRA_ACCOUNT: '111122223333',
      SRA_REGION: 'us-east-1',
      SRA_TABLE: fx.table.tableName,
      SRA_TOPIC_ARN: fx.topicArn,
    };
    for (const [key, value] of Object.entries(env)) vi.stubEnv(key, value);
    vi.stubEnv('SRA_AUDIT_POLICY', undefined);
  });
  afterEach(() => {
    vi.unstubAllEnvs();
  });

  it('reports the findings of the last hour as JSON, exits 1, and leaves the ops table empty', async () => {
    // Prepare
    const now = fx.clock.now().getTime();
    const record = cloakRead(now - 10 * 60_000);
    await fx.append([record, cloakRead(now - 2 * 60 * 60_000)]);
    // Act
    const result = await sra('audit', '--since', '1h', '--json');
    // Assess
    const report = JSON.parse(result.out);
    expect(result.code).toBe(1);
    expect(report).toMatchObject({
      source: 'lookup-events',
      counts: { files: null, read: 1, records: 1 },
      alerts: { alerting: 'off' },
      lookupEvents: { pages: 1, calls: 1, throttled: 0 },
    });
    expect(report.findings.map((f: { evidence: string[] }) => f.evidence)).toEqual([[record.eventID]]);
    const scan = await fx.dynamodb.send(new ScanCommand({ TableName: fx.table.tableName }));
    expect(scan.Count).toBe(0);
  });

  it('sends the alerts with --alert', async () => {
    // Prepare
    const record = cloakRead(fx.clock.now().getTime() - 10 * 60_000);
    await fx.append([record]);
    // Act
    const result = await sra('audit', '--since', '1h', '--alert');
    // Assess
    expect(result.code).toBe(1);
    expect(result.out).toContain('Alerts: 1 delivered, 0 already sent, 0 pending.');
    expect(await fx.alertKeys()).toEqual([instantKey('unknown-principal-read', String(record.eventID))]);
  });
});
