/** The control API under /_local/. */
import { GetParameterCommand, PutParameterCommand } from '@aws-sdk/client-ssm';
import { describe, expect, it } from 'vitest';
import { useLocalHarness } from '../helpers/local-clients.ts';

const h = useLocalHarness();

describe('control API: reset', () => {
  it('forgets parameters, records, identities and faults', async () => {
    await h.ssm.send(new PutParameterCommand({ Name: '/app/a', Value: 'v', Type: 'String' }));
    await h.control('POST', 'identities', {
      type: 'IAMUser',
      accessKeyId: 'AKIABOB0000000000001',
      userName: 'bob',
    });
    await h.control('POST', 'faults', { service: 'ssm', latencyMs: 1 });

    const answer = await h.control('POST', 'reset');

    expect(answer.status).toBe(200);
    expect((await h.ssm.send(new GetParameterCommand({ Name: '/app/a' })).catch((e) => e)).name).toBe(
      'ParameterNotFound',
    );
    expect((await h.control('GET', 'identities')).body.identities).toEqual([]);
    expect((await h.control('GET', 'faults')).body.faults).toEqual([]);
    expect((await h.control('GET', 'cloudtrail/records')).body.records).toHaveLength(1);
  });
});

describe('control API: clock', () => {
  it('reads the time as the product RemoteClock expects ({ now } in ISO)', async () => {
    const answer = await h.control('GET', 'clock');

    expect(answer.body.now).toBe(h.clock.now().toISOString());
  });

  it('advances the clock by advanceMs', async () => {
    const before = h.clock.now().getTime();

    const answer = await h.control('POST', 'clock', { advanceMs: 60_000 });

    expect(answer.body.now).toBe(new Date(before + 60_000).toISOString());
  });

  it('sets the clock to a later time', async () => {
    const later = new Date(h.clock.now().getTime() + 3_600_000).toISOString();

    const answer = await h.control('POST', 'clock', { set: later });

    expect(h.clock.now().toISOString()).toBe(later);
    expect(answer.body.now).toBe(later);
  });

  it('refuses to move the clock back, naming the field', async () => {
    const answer = await h.control('POST', 'clock', { set: '2000-01-01T00:00:00Z' });

    expect(answer.status).toBe(400);
    expect(answer.body.field).toBe('set');
  });

  it('refuses a body with neither set nor advanceMs', async () => {
    const answer = await h.control('POST', 'clock', {});

    expect(answer.status).toBe(400);
    expect(answer.body.error).toBe('invalid set: give exactly one of set or advanceMs');
  });
});

describe('control API: seeding', () => {
  it('seeds a parameter with a KMS key id and labels', async () => {
    const answer = await h.control('POST', 'ssm/parameters', {
      name: '/app/s',
      value: 'secret',
      type: 'SecureString',
      keyId: 'alias/app',
      labels: ['current'],
    });

    expect(answer.body.parameters).toEqual([{ name: '/app/s', version: 1, invalidLabels: [] }]);
    const read = await h.ssm.send(new GetParameterCommand({ Name: '/app/s:current', WithDecryption: true }));
    expect(read.Parameter?.Value).toBe('secret');
  });

  it('refuses a parameter payload naming the invalid field', async () => {
    const answer = await h.control('POST', 'ssm/parameters', { name: '/app/s', value: 'v', type: 'Secret' });

    expect(answer.status).toBe(400);
    expect(answer.body.field).toBe('type');
  });

  it('answers the AWS error a seeded write meets', async () => {
    const answer = await h.control('POST', 'ssm/parameters', { name: 'bad name', value: 'v' });

    expect(answer.status).toBe(400);
    expect(answer.body.code).toBe('ValidationException');
  });

  it('refuses an identity payload naming the invalid field', async () => {
    const answer = await h.control('POST', 'identities', {
      type: 'AssumedRole',
      accessKeyId: 'ASIAAPP0000000000001',
      roleArn: 'not-an-arn',
      sessionName: 's1',
    });

    expect(answer.status).toBe(400);
    expect(answer.body.field).toBe('roleArn');
  });

  it('refuses a fault for an unknown service, naming the field', async () => {
    const answer = await h.control('POST', 'faults', { service: 'sqs', latencyMs: 1 });

    expect(answer.status).toBe(400);
    expect(answer.body.field).toBe('service');
  });

  it('refuses a fault that does nothing', async () => {
    const answer = await h.control('POST', 'faults', { service: 'ssm' });

    expect(answer.status).toBe(400);
    expect(answer.body.field).toBe('error');
  });

  it('refuses a body that is not JSON', async () => {
    const answer = await h.control('POST', 'identities', '{not json');

    expect(answer.status).toBe(400);
    expect(answer.body.error).toBe('the body is not JSON');
  });
});

describe('control API: CloudTrail', () => {
  it('lists every record, delivered or not, with its delivery time', async () => {
    await h.control('POST', 'cloudtrail/settings', { deliveryDelayMs: 300_000 });
    await h.ssm.send(new GetParameterCommand({ Name: '/app/none' })).catch(() => undefined);

    const answer = await h.control('GET', 'cloudtrail/records');

    expect(answer.body.records).toEqual([
      {
        deliverAt: new Date(h.clock.now().getTime() + 300_000).toISOString(),
        delivered: false,
        record: expect.objectContaining({ eventName: 'GetParameter', errorCode: 'ParameterNotFound' }),
      },
    ]);
  });

  it('appends a raw record with its own delivery delay', async () => {
    const record = {
      eventTime: '2026-03-01T09:59:00Z',
      eventName: 'GetParameter',
      eventSource: 'ssm.amazonaws.com',
      eventID: '11111111-2222-3333-4444-555555555555',
    };

    const answer = await h.control('POST', 'cloudtrail/records', {
      records: [record],
      deliveryDelayMs: 60_000,
    });

    expect(answer.body.records).toEqual([
      { eventID: record.eventID, deliverAt: new Date(h.clock.now().getTime() + 60_000).toISOString() },
    ]);
  });

  it('refuses a raw record without eventTime, naming the field', async () => {
    const answer = await h.control('POST', 'cloudtrail/records', {
      records: [{ eventName: 'GetParameter', eventSource: 'ssm.amazonaws.com' }],
    });

    expect(answer.status).toBe(400);
    expect(answer.body.field).toBe('records.0.eventTime');
  });

  it('reads and changes the settings', async () => {
    const changed = await h.control('POST', 'cloudtrail/settings', { lookupRateLimit: true });

    expect(changed.body).toEqual({ deliveryDelayMs: 0, lookupRateLimit: true });
    expect((await h.control('GET', 'cloudtrail/settings')).body).toEqual(changed.body);
  });
});

describe('control API: routing', () => {
  it('answers 404 for an unknown control route', async () => {
    const answer = await h.control('GET', 'ssm/nothing-here');

    expect(answer.status).toBe(404);
  });

  it('lists the services and endpoints at /_local/', async () => {
    const answer = await h.control('GET', '');

    expect(answer.body.services).toEqual(['ssm', 'cloudtrail', 'dynamodb', 'sns', 'twilio']);
  });
});
