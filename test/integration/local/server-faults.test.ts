/** Fault injection: errors in the service's protocol, latency, dropped connections, Nth call, counts. */
import { GetParameterCommand, GetParameterHistoryCommand, PutParameterCommand } from '@aws-sdk/client-ssm';
import { beforeEach, describe, expect, it } from 'vitest';
import { useLocalHarness } from '../helpers/local-clients.ts';

const h = useLocalHarness();
beforeEach(async () => {
  await h.control('POST', 'ssm/parameters', { name: '/app/k', value: 'v1', type: 'String' });
});

async function versions(): Promise<number[]> {
  const history = await h.ssm.send(new GetParameterHistoryCommand({ Name: '/app/k' }));
  return (history.Parameters ?? []).map((p) => p.Version ?? 0);
}

describe('fault injection', () => {
  it('answers an injected TooManyUpdates in AWS JSON 1.1 without calling the service', async () => {
    await h.control('POST', 'faults', {
      service: 'ssm',
      action: 'PutParameter',
      error: { code: 'TooManyUpdates', status: 400 },
    });

    const error = await h.ssm
      .send(new PutParameterCommand({ Name: '/app/k', Value: 'v2', Overwrite: true }))
      .catch((e) => e);

    expect(error.name).toBe('TooManyUpdates');
    expect(error.message).toBe(
      'There are concurrent updates for a resource that supports one update at a time.',
    );
    expect(error.$metadata.httpStatusCode).toBe(400);
    expect(await versions()).toEqual([1]);
  });

  it('answers an injected 500 with its status and message', async () => {
    await h.control('POST', 'faults', {
      service: 'ssm',
      error: { code: 'InternalServerError', status: 500, message: 'boom' },
    });

    const error = await h.ssm.send(new GetParameterCommand({ Name: '/app/k' })).catch((e) => e);

    expect(error.name).toBe('InternalServerError');
    expect(error.message).toBe('boom');
    expect(error.$metadata.httpStatusCode).toBe(500);
  });

  it('fires on the Nth matching call only, as many times as asked, and counts', async () => {
    await h.control('POST', 'faults', {
      service: 'ssm',
      action: 'GetParameter',
      error: { code: 'ThrottlingException' },
      nth: 2,
      times: 1,
    });

    const outcomes = [];
    for (let i = 0; i < 3; i += 1) {
      outcomes.push(
        await h.ssm.send(new GetParameterCommand({ Name: '/app/k' })).then(
          () => 'ok',
          (e) => e.name,
        ),
      );
    }

    expect(outcomes).toEqual(['ok', 'ThrottlingException', 'ok']);
    const { faults } = (await h.control('GET', 'faults')).body;
    expect(faults).toEqual([expect.objectContaining({ id: 'fault-1', matched: 3, fired: 1 })]);
  });

  it('does not match other actions of the service', async () => {
    await h.control('POST', 'faults', {
      service: 'ssm',
      action: 'PutParameter',
      error: { code: 'TooManyUpdates' },
    });

    const read = await h.ssm.send(new GetParameterCommand({ Name: '/app/k' }));

    expect(read.Parameter?.Value).toBe('v1');
  });

  it('adds latency in real time before serving', async () => {
    await h.control('POST', 'faults', { service: 'ssm', action: 'GetParameter', latencyMs: 150 });

    const started = performance.now();
    await h.ssm.send(new GetParameterCommand({ Name: '/app/k' }));

    expect(performance.now() - started).toBeGreaterThanOrEqual(140);
  });

  it('drops the connection before the call takes effect', async () => {
    await h.control('POST', 'faults', { service: 'ssm', action: 'PutParameter', drop: 'before', times: 1 });

    const error = await h.ssm
      .send(new PutParameterCommand({ Name: '/app/k', Value: 'v2', Overwrite: true }))
      .catch((e) => e);

    expect(error.$metadata?.httpStatusCode).toBeUndefined();
    expect(await versions()).toEqual([1]);
    expect(
      (await h.control('GET', 'cloudtrail/records')).body.records.map(
        (r: { record: { eventName: string } }) => r.record.eventName,
      ),
    ).toEqual(['GetParameterHistory']);
  });

  it('drops the connection after the call took effect', async () => {
    await h.control('POST', 'faults', { service: 'ssm', action: 'PutParameter', drop: 'after', times: 1 });

    const error = await h.ssm
      .send(new PutParameterCommand({ Name: '/app/k', Value: 'v2', Overwrite: true }))
      .catch((e) => e);

    expect(error).toBeInstanceOf(Error);
    expect(error.$metadata?.httpStatusCode).toBeUndefined();
    expect(await versions()).toEqual([1, 2]);
  });

  it('removes one fault by id and all faults with DELETE', async () => {
    await h.control('POST', 'faults', [
      { service: 'ssm', latencyMs: 1 },
      { service: 'cloudtrail', latencyMs: 1 },
    ]);

    const one = await h.control('DELETE', 'faults/fault-1');
    const left = await h.control('GET', 'faults');
    await h.control('DELETE', 'faults');

    expect(one.body).toEqual({ removed: 'fault-1' });
    expect(left.body.faults.map((f: { service: string }) => f.service)).toEqual(['cloudtrail']);
    expect((await h.control('GET', 'faults')).body.faults).toEqual([]);
  });
});
