/** CloudTrail LookupEvents over the records of SSM calls and replayed real records. */
import { readFileSync } from 'node:fs';
import { LookupEventsCommand } from '@aws-sdk/client-cloudtrail';
import { GetParameterCommand, PutParameterCommand } from '@aws-sdk/client-ssm';
import { beforeEach, describe, expect, it } from 'vitest';
import { useLocalHarness } from '../helpers/local-clients.ts';

const h = useLocalHarness();
beforeEach(async () => {
  await h.control('POST', 'ssm/parameters', { name: '/app/k', value: 'v', type: 'SecureString' });
});

/** Three calls one second apart: PutParameter, GetParameter, GetParameter; answers the first one's time. */
async function threeCalls(): Promise<number> {
  const start = h.clock.now().getTime();
  await h.ssm.send(new PutParameterCommand({ Name: '/app/k', Value: 'v2', Overwrite: true }));
  h.clock.advance(1000);
  await h.ssm.send(new GetParameterCommand({ Name: '/app/k' }));
  h.clock.advance(1000);
  await h.ssm.send(new GetParameterCommand({ Name: '/app/k', WithDecryption: true }));
  return start;
}

function at(ms: number): string {
  return new Date(ms).toISOString();
}

describe('LookupEvents', () => {
  it('returns events newest first with the record as a JSON string in CloudTrailEvent', async () => {
    const start = await threeCalls();

    const { Events = [] } = await h.cloudTrail.send(new LookupEventsCommand({}));

    expect(Events.map((e) => e.EventName)).toEqual(['GetParameter', 'GetParameter', 'PutParameter']);
    const [newest] = Events;
    expect(newest).toMatchObject({
      ReadOnly: 'true',
      AccessKeyId: 'AKIAIOSFODNN7EXAMPLE',
      EventSource: 'ssm.amazonaws.com',
      Username: 'local-default',
      Resources: [{ ResourceType: 'AWS::SSM::Parameter', ResourceName: '/app/k' }],
    });
    expect(newest?.EventTime?.toISOString()).toBe(at(start + 2000));
    const record = JSON.parse(newest?.CloudTrailEvent ?? '{}');
    expect(record.eventID).toBe(newest?.EventId);
    expect(record.requestParameters).toEqual({ name: '/app/k', withDecryption: true });
  });

  it('filters by one lookup attribute', async () => {
    await threeCalls();

    const { Events = [] } = await h.cloudTrail.send(
      new LookupEventsCommand({ LookupAttributes: [{ AttributeKey: 'ReadOnly', AttributeValue: 'false' }] }),
    );

    expect(Events.map((e) => e.EventName)).toEqual(['PutParameter']);
  });

  it('filters by AccessKeyId of the caller', async () => {
    await h.control('POST', 'identities', {
      type: 'IAMUser',
      accessKeyId: 'AKIAALICE00000000001',
      userName: 'alice',
    });
    await threeCalls();
    await h.ssmAs({ accessKeyId: 'AKIAALICE00000000001' }).send(new GetParameterCommand({ Name: '/app/k' }));

    const { Events = [] } = await h.cloudTrail.send(
      new LookupEventsCommand({
        LookupAttributes: [{ AttributeKey: 'AccessKeyId', AttributeValue: 'AKIAALICE00000000001' }],
      }),
    );

    expect(Events.map((e) => [e.EventName, e.Username])).toEqual([['GetParameter', 'alice']]);
  });

  it('filters by ResourceName, the parameter name', async () => {
    await h.control('POST', 'ssm/parameters', { name: '/app/other', value: 'o' });
    await threeCalls();
    await h.ssm.send(new GetParameterCommand({ Name: '/app/other' }));

    const { Events = [] } = await h.cloudTrail.send(
      new LookupEventsCommand({
        LookupAttributes: [{ AttributeKey: 'ResourceName', AttributeValue: '/app/other' }],
      }),
    );

    expect(Events).toHaveLength(1);
    expect(Events[0]?.Resources).toEqual([
      { ResourceType: 'AWS::SSM::Parameter', ResourceName: '/app/other' },
    ]);
  });

  it('refuses two lookup attributes with InvalidLookupAttributesException', async () => {
    const error = await h.cloudTrail
      .send(
        new LookupEventsCommand({
          LookupAttributes: [
            { AttributeKey: 'EventName', AttributeValue: 'GetParameter' },
            { AttributeKey: 'EventSource', AttributeValue: 'ssm.amazonaws.com' },
          ],
        }),
      )
      .catch((e) => e);

    expect(error.name).toBe('InvalidLookupAttributesException');
    expect(error.message).toBe('Currently the list of lookup attributes can contain only one item.');
  });

  it('refuses an attribute key AWS does not allow', async () => {
    const error = await h.cloudTrail
      .send(
        new LookupEventsCommand({
          LookupAttributes: [{ AttributeKey: 'SourceIp' as never, AttributeValue: 'x' }],
        }),
      )
      .catch((e) => e);

    expect(error.name).toBe('InvalidLookupAttributesException');
  });

  it('includes StartTime and EndTime', async () => {
    const start = await threeCalls();

    const { Events = [] } = await h.cloudTrail.send(
      new LookupEventsCommand({ StartTime: new Date(start + 1000), EndTime: new Date(start + 1000) }),
    );

    expect(Events.map((e) => e.EventTime?.toISOString())).toEqual([at(start + 1000)]);
  });

  it('refuses a start after the end with InvalidTimeRangeException', async () => {
    const error = await h.cloudTrail
      .send(
        new LookupEventsCommand({
          StartTime: new Date('2026-03-01T11:00:00Z'),
          EndTime: new Date('2026-03-01T10:00:00Z'),
        }),
      )
      .catch((e) => e);

    expect(error.name).toBe('InvalidTimeRangeException');
  });

  it.each([0, 51])('refuses MaxResults %i with InvalidMaxResultsException', async (max) => {
    const error = await h.cloudTrail.send(new LookupEventsCommand({ MaxResults: max })).catch((e) => e);

    expect(error.name).toBe('InvalidMaxResultsException');
  });

  it('pages with NextToken when sent with the same parameters', async () => {
    const start = await threeCalls();
    const window = { StartTime: new Date(start - 60_000), EndTime: new Date(start + 60_000), MaxResults: 2 };

    const first = await h.cloudTrail.send(new LookupEventsCommand(window));
    const second = await h.cloudTrail.send(
      new LookupEventsCommand({ ...window, NextToken: first.NextToken }),
    );

    expect(first.Events?.map((e) => e.EventName)).toEqual(['GetParameter', 'GetParameter']);
    expect(second.Events?.map((e) => e.EventName)).toEqual(['PutParameter']);
    expect(second.NextToken).toBeUndefined();
  });

  it('refuses a NextToken sent with different parameters with InvalidNextTokenException', async () => {
    await threeCalls();
    const first = await h.cloudTrail.send(new LookupEventsCommand({ MaxResults: 1 }));

    const error = await h.cloudTrail
      .send(new LookupEventsCommand({ MaxResults: 1, EndTime: h.clock.now(), NextToken: first.NextToken }))
      .catch((e) => e);

    expect(error.name).toBe('InvalidNextTokenException');
  });

  it('shows a record only after the delivery delay has passed on the clock', async () => {
    await h.control('POST', 'cloudtrail/settings', { deliveryDelayMs: 7 * 60_000 });
    const called = h.clock.now().getTime();
    await h.ssm.send(new GetParameterCommand({ Name: '/app/k' }));

    h.clock.advance(5 * 60_000);
    const early = await h.cloudTrail.send(new LookupEventsCommand({}));
    h.clock.advance(2 * 60_000);
    const late = await h.cloudTrail.send(new LookupEventsCommand({}));

    expect(early.Events).toEqual([]);
    expect(late.Events?.map((e) => e.EventTime?.toISOString())).toEqual([at(called)]);
  });

  it('does not return a replayed record older than the 90 days of event history', async () => {
    const sample = JSON.parse(
      readFileSync(
        new URL(
          '../../../../shared/corpus/cloudtrail/13-getparameter-lambda-role-decrypt.json',
          import.meta.url,
        ),
        'utf8',
      ),
    );
    await h.control('POST', 'cloudtrail/records', { records: [sample] });

    const { Events = [] } = await h.cloudTrail.send(
      new LookupEventsCommand({
        StartTime: new Date('2020-01-22T00:00:00Z'),
        EndTime: new Date('2020-01-23T00:00:00Z'),
      }),
    );

    expect(Events).toHaveLength(0);
  });

  it('returns a replayed real record within the 90 days of event history', async () => {
    const sample = JSON.parse(
      readFileSync(
        new URL(
          '../../../../shared/corpus/cloudtrail/14-getparameter-lambda-creds-reused-externally.json',
          import.meta.url,
        ),
        'utf8',
      ),
    );
    const eventTime = `${at(h.clock.now().getTime() - 86_400_000).slice(0, 19)}Z`;
    await h.control('POST', 'cloudtrail/records', { records: [{ ...sample, eventTime }] });

    const { Events = [] } = await h.cloudTrail.send(
      new LookupEventsCommand({
        LookupAttributes: [{ AttributeKey: 'Username', AttributeValue: 'example-function' }],
      }),
    );

    expect(Events.map((e) => [e.EventId, e.AccessKeyId, e.ReadOnly])).toEqual([
      [sample.eventID, 'ASIAEXAMPLEKEY000007', 'true'],
    ]);
    expect(JSON.parse(Events[0]?.CloudTrailEvent ?? '{}').sourceIPAddress).toBe(sample.sourceIPAddress);
  });

  it('throttles the third call within a second when the rate limit is on', async () => {
    await h.control('POST', 'cloudtrail/settings', { lookupRateLimit: true });

    const results = await Promise.allSettled(
      [1, 2, 3].map(() => h.cloudTrail.send(new LookupEventsCommand({}))),
    );

    const rejected = results
      .filter((r) => r.status === 'rejected')
      .map((r) => (r as PromiseRejectedResult).reason);
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(2);
    expect(rejected.map((e) => [e.name, e.message])).toEqual([['ThrottlingException', 'Rate exceeded']]);
  });
});
