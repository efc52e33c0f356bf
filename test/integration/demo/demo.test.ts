/**
 * The demo (`sra demo`, `npm run demo`): in-process, its key outcomes (the sweep finds only
 * the unknown principal's two calls, the receiver gets the alerts, no secret value in any
 * output); as a child process, exit 0 and nothing left listening.
 */
import { spawn } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { type DemoOutcome, runDemo } from '../../../cli/demo/run-demo.ts';
import { createSecretScan } from '../../helpers/secret-scan.ts';

const ROOT = new URL('../../../', import.meta.url);

describe('sra demo, in-process', () => {
  let output = '';
  let outcome: DemoOutcome | undefined;
  const demo = async (): Promise<DemoOutcome> => {
    outcome ??= await runDemo((text) => {
      output += text;
    });
    return outcome;
  };

  it("finds exactly the unknown principal's decrypted read and recursive read", async () => {
    const { sweep } = await demo();

    expect(sweep.outcome).toBe('complete');
    expect(sweep.findings).toEqual({ 'unknown-principal-read': 2, 'bulk-read': 1 });
  });

  it('attributes every audit alert to the unknown principal and two CloudTrail events', async () => {
    const { alertDocuments } = await demo();

    const audit = alertDocuments
      .flatMap(
        (d) => JSON.parse(d).alerts as { kind: string; evidence: string[]; facts: { principal?: string } }[],
      )
      .filter((a) => a.kind === 'unknown-principal-read' || a.kind === 'bulk-read');
    expect(audit.map((a) => a.facts.principal)).toEqual([
      'arn:aws:iam::111122223333:role/ci-deployer',
      'arn:aws:iam::111122223333:role/ci-deployer',
      'arn:aws:iam::111122223333:role/ci-deployer',
    ]);
    expect(new Set(audit.flatMap((a) => a.evidence)).size).toBe(2);
  });

  it('delivers the lifecycle and audit alerts to the confirmed receiver', async () => {
    const { alertSubjects } = await demo();

    expect(alertSubjects).toEqual([
      'INFO: Adopted cloak-key: version 1 is now current',
      'INFO: Adopted twilio-auth-token: version 1 is now current',
      'INFO: Rotated cloak-key: version 2 is current, 1 previous',
      'INFO: Rotated twilio-auth-token: version 2 is current, 1 previous',
      'MEDIUM: Retirement of the old value of cloak-key is due',
      'INFO: Retired the old value of twilio-auth-token',
      expect.stringMatching(/^HIGH \(3 alerts\): Unknown principal read /),
    ]);
  });

  it('shows the old Twilio token refused after the retiring tick', async () => {
    await demo();

    expect(output).toContain('old token: refused by Twilio, HTTP 401, code 20003');
  });

  it('prints no secret value, in any encoding', async () => {
    const { secretValues, alertDocuments } = await demo();
    const scan = createSecretScan(secretValues);

    scan.add('demo output', output);
    scan.add('alert documents', alertDocuments);

    expect(secretValues).toHaveLength(6);
    scan.assertClean();
  });
});

describe('npm run demo, as a child process', () => {
  it('exits 0 and leaves nothing listening', async () => {
    const child = spawn('npm', ['run', '--silent', 'demo'], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => {
      output += chunk.toString();
    });
    const code = await new Promise<number | null>((resolve) => child.once('exit', resolve));
    const endpoint = /endpoint (http:\/\/127\.0\.0\.1:\d+)/.exec(output)?.[1];
    const receiver = /Subscribe http (http:\/\/127\.0\.0\.1:\d+)/.exec(output)?.[1];

    expect(code).toBe(0);
    expect(output).toContain('Done: everything above ran against the stand-ins');
    await expect(fetch(`${endpoint}/_local/clock`)).rejects.toThrow();
    await expect(fetch(`${receiver}/alerts`)).rejects.toThrow();
  }, 120_000);
});
