import type { PublishCommandInput } from '@aws-sdk/client-sns';
import { describe, expect, it } from 'vitest';
import { type Alert, planMessages, prepareAlert, type Severity } from '../../../shared/alerts/index.ts';
import { driftAlert, FIFO_TOPIC, STANDARD_TOPIC } from './alert-fixtures.ts';

/** SNS's own count: the message plus each attribute's name, type and value, in bytes. */
function snsBytes(input: PublishCommandInput): number {
  let bytes = Buffer.byteLength(input.Message ?? '');
  for (const [name, value] of Object.entries(input.MessageAttributes ?? {})) {
    bytes +=
      Buffer.byteLength(name) +
      Buffer.byteLength(value.DataType ?? '') +
      Buffer.byteLength(value.StringValue ?? '');
  }
  return bytes;
}

function alerts(count: number, severity: Severity, details = 'short'): ReturnType<typeof prepareAlert>[] {
  return Array.from({ length: count }, (_, i) =>
    prepareAlert(
      driftAlert({
        severity,
        title: `Finding ${severity} ${i}`,
        details,
        identity: { scope: 'instant', rule: 'drift', eventId: `${severity}-${i}` },
      }),
      [],
      `alerts[${i}]`,
    ),
  );
}

const documentOf = (input: PublishCommandInput) =>
  JSON.parse((JSON.parse(input.Message ?? '') as Record<string, string>).http ?? '') as {
    severity: string;
    alerts: {
      alertKey: string;
      details: string;
      title: string;
      omitted?: { characters: number; evidence: number };
    }[];
  };

describe('planMessages', () => {
  it('puts ten small alerts of one severity into one message', () => {
    expect(planMessages(STANDARD_TOPIC, alerts(10, 'high'))).toHaveLength(1);
  });

  it('never mixes severities in one message and sends the most severe first', () => {
    const mixed = [...alerts(3, 'low'), ...alerts(2, 'critical'), ...alerts(4, 'high')];

    const planned = planMessages(STANDARD_TOPIC, mixed);

    expect(planned.map((m) => [m.severity, documentOf(m.input).alerts.length])).toEqual([
      ['critical', 2],
      ['high', 4],
      ['low', 3],
    ]);
    for (const message of planned) {
      expect(
        new Set(documentOf(message.input).alerts.map((a) => a.alertKey.split('#')[2]?.split('-')[0])),
      ).toEqual(new Set([message.severity]));
    }
  });

  it('splits alerts over several messages, each within 262,144 bytes, losing none', () => {
    const many = alerts(60, 'medium', 'd'.repeat(5_000));

    const planned = planMessages(STANDARD_TOPIC, many);

    expect(planned.length).toBeGreaterThan(1);
    for (const message of planned) expect(snsBytes(message.input)).toBeLessThanOrEqual(262_144);
    expect(planned.flatMap((m) => documentOf(m.input).alerts.map((a) => a.alertKey))).toEqual(
      many.map((a) => a.alertKey),
    );
    expect(planned.flatMap((m) => documentOf(m.input).alerts).every((a) => a.details.length === 5_000)).toBe(
      true,
    );
  });

  it('summarises a 140,000-character multibyte body into one message and says what was left out', () => {
    const body = 'é✅'.repeat(70_000);
    const [big] = alerts(1, 'high', body);
    if (big === undefined) throw new Error('precondition');

    const planned = planMessages(STANDARD_TOPIC, [big]);

    expect(planned).toHaveLength(1);
    const input = planned[0]?.input as PublishCommandInput;
    expect(snsBytes(input)).toBeLessThanOrEqual(262_144);
    const [item] = documentOf(input).alerts;
    expect(item?.title).toBe('Finding high 0');
    expect(body.startsWith(item?.details ?? 'x')).toBe(true);
    expect([...(item?.details ?? '')].length + (item?.omitted?.characters ?? 0)).toBe(140_000);
    expect(item?.omitted?.characters).toBeGreaterThan(0);
    const text = (JSON.parse(input.Message ?? '') as Record<string, string>).default;
    expect(text).toContain(
      `${item?.omitted?.characters} characters of the details and 0 evidence ids were left out`,
    );
  });

  it('cuts oversized details between whole characters, never inside an emoji sequence or accent', () => {
    const [emoji] = alerts(1, 'high', '👩‍💻'.repeat(40_000));
    const [accents] = alerts(1, 'low', 'e\u0301'.repeat(150_000));

    const kept = planMessages(
      STANDARD_TOPIC,
      [emoji, accents].filter((a) => a !== undefined),
    ).map((m) => documentOf(m.input).alerts[0]?.details ?? '');

    expect(kept[0]?.length).toBeGreaterThan(0);
    expect(kept[0]?.replaceAll('👩‍💻', '')).toBe('');
    expect(kept[1]?.replaceAll('e\u0301', '')).toBe('');
  });

  it('keeps every alert when several are too large on their own', () => {
    const planned = planMessages(STANDARD_TOPIC, alerts(3, 'high', 'ü'.repeat(100_000)));

    expect(planned).toHaveLength(3);
    for (const message of planned) expect(snsBytes(message.input)).toBeLessThanOrEqual(262_144);
  });

  it('summarises an alert whose evidence list alone is too large', () => {
    const evidence = Array.from({ length: 20_000 }, (_, i) => `event-${String(i).padStart(8, '0')}`);
    const alert = prepareAlert(driftAlert({ evidence }), [], 'alerts[0]');

    const [message] = planMessages(STANDARD_TOPIC, [alert]);
    const [item] = documentOf(message?.input as PublishCommandInput).alerts as unknown as (Alert & {
      omitted: { characters: number; evidence: number };
    })[];

    expect(snsBytes(message?.input as PublishCommandInput)).toBeLessThanOrEqual(262_144);
    expect(item?.evidence.length).toBeGreaterThan(0);
    expect((item?.evidence.length ?? 0) + (item?.omitted.evidence ?? 0)).toBe(20_000);
  });
});

describe('planMessages on FIFO topics (C-15)', () => {
  it('gives each message a MessageGroupId per secret and a MessageDeduplicationId', () => {
    const [message] = planMessages(FIFO_TOPIC, alerts(1, 'high'));

    expect(message?.input.MessageGroupId).toBe('cloak-key');
    expect(message?.input.MessageDeduplicationId).toMatch(/^[0-9a-f]{64}$/);
  });

  it('separates alerts of different secrets into different message groups', () => {
    const cloak = prepareAlert(driftAlert(), [], 'alerts[0]');
    const twilio = prepareAlert(
      driftAlert({
        secrets: ['twilio-auth-token'],
        identity: { scope: 'lifecycle', condition: 'drift', secret: 'twilio-auth-token' },
      }),
      [],
      'alerts[1]',
    );

    const planned = planMessages(FIFO_TOPIC, [cloak, twilio]);

    expect(planned.map((m) => m.input.MessageGroupId)).toEqual(['cloak-key', 'twilio-auth-token']);
  });

  it('derives the same deduplication id from the same alerts and another from other alerts', () => {
    const first = planMessages(FIFO_TOPIC, alerts(2, 'high'))[0]?.input.MessageDeduplicationId;
    const again = planMessages(FIFO_TOPIC, alerts(2, 'high'))[0]?.input.MessageDeduplicationId;
    const other = planMessages(FIFO_TOPIC, alerts(3, 'high'))[0]?.input.MessageDeduplicationId;

    expect(again).toBe(first);
    expect(other).not.toBe(first);
  });

  it('sets neither id on a standard topic', () => {
    const [message] = planMessages(STANDARD_TOPIC, alerts(1, 'high'));

    expect(message?.input).not.toHaveProperty('MessageGroupId');
    expect(message?.input).not.toHaveProperty('MessageDeduplicationId');
  });
});
