/** The one server: startLocal's options and result, routing, close, and `npm run local`. */
import { spawn } from 'node:child_process';
import { GetParameterCommand, PutParameterCommand, SSMClient } from '@aws-sdk/client-ssm';
import { describe, expect, it } from 'vitest';
import { LocalClock } from '../../../local/core/clock.ts';
import { startLocal } from '../../../local/server.ts';
import { awsClientConfig } from '../helpers/local-clients.ts';

describe('startLocal', () => {
  it('listens on a random loopback port and answers its URLs', async () => {
    const local = await startLocal();
    try {
      expect(local.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
      expect(local.controlUrl).toBe(`${local.url}/_local/`);
    } finally {
      await local.close();
    }
  });

  it('follows the clock it is given', async () => {
    const clock = new LocalClock('2030-01-01T00:00:00Z');
    const local = await startLocal({ clock });
    const ssm = new SSMClient(awsClientConfig(local));
    try {
      clock.advance(5000);
      await ssm.send(new PutParameterCommand({ Name: '/c/x', Value: 'v', Type: 'String' }));

      const read = await ssm.send(new GetParameterCommand({ Name: '/c/x' }));

      expect(local.clock).toBe(clock);
      expect(read.Parameter?.LastModifiedDate?.toISOString()).toBe('2030-01-01T00:00:05.000Z');
    } finally {
      ssm.destroy();
      await local.close();
    }
  });

  it('names the configured account and region in ARNs', async () => {
    const local = await startLocal({ accountId: '444455556666', region: 'eu-west-1' });
    const ssm = new SSMClient({ ...awsClientConfig(local), region: 'eu-west-1' });
    try {
      await ssm.send(new PutParameterCommand({ Name: '/c/x', Value: 'v', Type: 'String' }));

      const read = await ssm.send(new GetParameterCommand({ Name: '/c/x' }));

      expect(read.Parameter?.ARN).toBe('arn:aws:ssm:eu-west-1:444455556666:parameter/c/x');
    } finally {
      ssm.destroy();
      await local.close();
    }
  });

  it('answers 404 for a request no service claims', async () => {
    const local = await startLocal();
    try {
      const res = await fetch(`${local.url}/nothing`);

      expect(res.status).toBe(404);
    } finally {
      await local.close();
    }
  });

  it('answers an unknown SSM operation with UnknownOperationException', async () => {
    const local = await startLocal();
    try {
      const res = await fetch(local.url, {
        method: 'POST',
        headers: { 'x-amz-target': 'AmazonSSM.SendCommand', 'content-type': 'application/x-amz-json-1.1' },
        body: '{}',
      });

      expect(res.status).toBe(400);
      expect(res.headers.get('x-amzn-errortype')).toBe('UnknownOperationException');
    } finally {
      await local.close();
    }
  });

  it('stops answering once closed', async () => {
    const local = await startLocal();

    await local.close();

    await expect(fetch(`${local.url}/_local/clock`)).rejects.toThrow();
  });
});

describe('npm run local (local/main.ts)', () => {
  it('prints the environment to export and stops on SIGTERM', async () => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'local/main.ts', '--port', '0'], {
      cwd: new URL('../../../', import.meta.url),
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    await new Promise<void>((resolve, reject) => {
      child.stdout.on('data', (chunk: Buffer) => {
        output += chunk.toString();
        if (output.includes('Ctrl-C')) resolve();
      });
      child.once('exit', (code) => reject(new Error(`exited early with ${code}: ${output}`)));
    });
    const url = /export AWS_ENDPOINT_URL=(\S+)/.exec(output)?.[1];
    const clock = (await fetch(`${url}/_local/clock`).then((res) => res.json())) as { now: string };
    const exited = new Promise<number | null>((resolve) => child.once('exit', resolve));
    child.kill('SIGTERM');

    expect(output).toContain('export AWS_REGION=us-east-1');
    expect(output).toMatch(/export AWS_ACCESS_KEY_ID=\S+/);
    expect(output).toMatch(/export AWS_SECRET_ACCESS_KEY=\S+/);
    expect(output).toContain(`export SRA_LOCAL_CONTROL_URL=${url}/_local/`);
    expect(output).toContain('export SRA_ACCOUNT=111122223333');
    expect(output).toContain(`export SRA_TWILIO_API_URL=${url}`);
    expect(output).toContain(`export SRA_TWILIO_ACCOUNTS_URL=${url}`);
    expect(clock.now).toMatch(/^\d{4}-\d\d-\d\dT/);
    expect(await exited).toBe(0);
  });
});
