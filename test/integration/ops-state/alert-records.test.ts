import { describe, expect, it } from 'vitest';
import {
  type AlertClaimRequest,
  claimAlertRecord,
  listUndeliveredAlerts,
  markAlertDelivered,
  markAlertPending,
  reclaimAlertRecord,
} from '../../../shared/ops-state/index.ts';
import { useOpsFixture } from './local-ops.ts';

const HOUR = 60 * 60_000;
const DAY = 24 * HOUR;
const CLAIM_TIMEOUT = 5 * 60_000;
const fx = useOpsFixture();

const instant: AlertClaimRequest = {
  alertKey: 'instant#root-access#evt-1',
  fingerprint: 'fp-high',
  severity: 'high',
  reNotifyIntervalMs: undefined,
  retentionMs: 8 * DAY,
  claimTimeoutMs: CLAIM_TIMEOUT,
  payload: '{"title":"Root read cloak-key"}',
};
const windowed: AlertClaimRequest = {
  ...instant,
  alertKey: 'windowed#volume#arn%3Arole#cloak-key',
  reNotifyIntervalMs: DAY,
};

async function claimAndDeliver(request: AlertClaimRequest): Promise<void> {
  const claim = await claimAlertRecord(fx.table, request);
  if (!claim.claimed) throw new Error('precondition: not claimed');
  await markAlertDelivered(fx.table, request.alertKey, claim.token, 'msg-1');
}

describe('claimAlertRecord', () => {
  it('claims an alert never seen', async () => {
    expect((await claimAlertRecord(fx.table, instant)).claimed).toBe(true);
  });

  it('suppresses a delivered instant finding for the whole retention', async () => {
    await claimAndDeliver(instant);
    fx.clock.advance(8 * DAY - 1);

    expect(await claimAlertRecord(fx.table, instant)).toEqual({ claimed: false });
  });

  it('claims an instant finding again once its record expired', async () => {
    await claimAndDeliver(instant);
    fx.clock.advance(8 * DAY + 1);

    expect((await claimAlertRecord(fx.table, instant)).claimed).toBe(true);
  });

  it('suppresses a windowed finding within the re-notify interval', async () => {
    await claimAndDeliver(windowed);
    fx.clock.advance(DAY - 1);

    expect((await claimAlertRecord(fx.table, windowed)).claimed).toBe(false);
  });

  it('claims a windowed finding again once the re-notify interval passed', async () => {
    await claimAndDeliver(windowed);
    fx.clock.advance(DAY);

    expect((await claimAlertRecord(fx.table, windowed)).claimed).toBe(true);
  });

  it('claims again at once when the fingerprint (severity) changed', async () => {
    await claimAndDeliver(windowed);

    const raised = await claimAlertRecord(fx.table, {
      ...windowed,
      fingerprint: 'fp-critical',
      severity: 'critical',
    });

    expect(raised.claimed).toBe(true);
  });

  it('refuses a second claim while the first is live', async () => {
    await claimAlertRecord(fx.table, instant);
    fx.clock.advance(CLAIM_TIMEOUT - 1);

    expect((await claimAlertRecord(fx.table, instant)).claimed).toBe(false);
  });

  it('claims again once an undelivered claim is older than the claim timeout', async () => {
    await claimAlertRecord(fx.table, instant);
    fx.clock.advance(CLAIM_TIMEOUT);

    expect((await claimAlertRecord(fx.table, instant)).claimed).toBe(true);
  });

  it('claims a pending alert again at once', async () => {
    const first = await claimAlertRecord(fx.table, instant);
    if (!first.claimed) throw new Error('precondition: not claimed');
    await markAlertPending(fx.table, instant.alertKey, first.token, 'InternalError');

    expect((await claimAlertRecord(fx.table, instant)).claimed).toBe(true);
  });

  it('lets exactly one of five concurrent claimers win', async () => {
    const results = await Promise.all(Array.from({ length: 5 }, () => claimAlertRecord(fx.table, instant)));

    expect(results.filter((r) => r.claimed)).toHaveLength(1);
  });
});

describe('undelivered alerts', () => {
  it('lists pending records and stale claims, not live claims or delivered records', async () => {
    const pending = await claimAlertRecord(fx.table, { ...instant, alertKey: 'instant#r#pending' });
    if (!pending.claimed) throw new Error('precondition: not claimed');
    await markAlertPending(fx.table, 'instant#r#pending', pending.token, 'InternalError');
    await claimAlertRecord(fx.table, { ...instant, alertKey: 'instant#r#stale' });
    fx.clock.advance(CLAIM_TIMEOUT);
    await claimAlertRecord(fx.table, { ...instant, alertKey: 'instant#r#live' });
    await claimAndDeliver({ ...instant, alertKey: 'instant#r#delivered' });

    const found = await listUndeliveredAlerts(fx.table, CLAIM_TIMEOUT);

    expect(found.map((r) => [r.alertKey, r.status, r.lastError, r.payload])).toEqual([
      ['instant#r#pending', 'pending', 'InternalError', instant.payload],
      ['instant#r#stale', 'claimed', undefined, instant.payload],
    ]);
  });

  it('lets only one of two redeliverers re-claim a pending record', async () => {
    const first = await claimAlertRecord(fx.table, instant);
    if (!first.claimed) throw new Error('precondition: not claimed');
    await markAlertPending(fx.table, instant.alertKey, first.token, 'InternalError');
    const [record] = await listUndeliveredAlerts(fx.table, CLAIM_TIMEOUT);
    if (record === undefined) throw new Error('precondition: nothing listed');

    const results = await Promise.all([
      reclaimAlertRecord(fx.table, record, CLAIM_TIMEOUT),
      reclaimAlertRecord(fx.table, record, CLAIM_TIMEOUT),
    ]);

    expect(results.filter((r) => r.claimed)).toHaveLength(1);
  });

  it('stops listing a record once it is delivered', async () => {
    const first = await claimAlertRecord(fx.table, instant);
    if (!first.claimed) throw new Error('precondition: not claimed');
    await markAlertPending(fx.table, instant.alertKey, first.token, 'InternalError');
    const [record] = await listUndeliveredAlerts(fx.table, CLAIM_TIMEOUT);
    if (record === undefined) throw new Error('precondition: nothing listed');
    const again = await reclaimAlertRecord(fx.table, record, CLAIM_TIMEOUT);
    if (!again.claimed) throw new Error('precondition: not re-claimed');

    await markAlertDelivered(fx.table, instant.alertKey, again.token, 'msg-2');

    expect(await listUndeliveredAlerts(fx.table, CLAIM_TIMEOUT)).toEqual([]);
  });
});

describe('markAlertDelivered', () => {
  it('reports false when another invocation re-claimed the alert', async () => {
    const first = await claimAlertRecord(fx.table, instant);
    if (!first.claimed) throw new Error('precondition: not claimed');
    fx.clock.advance(CLAIM_TIMEOUT);
    await claimAlertRecord(fx.table, instant);

    expect(await markAlertDelivered(fx.table, instant.alertKey, first.token, 'msg-1')).toBe(false);
  });
});
