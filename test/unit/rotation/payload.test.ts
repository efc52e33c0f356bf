import { describe, expect, it } from 'vitest';
import {
  isScheduledEvent,
  operatorPayloadSchema,
  rotationEventSchema,
} from '../../../shared/rotation/index.ts';
import { CONFIG } from './fixtures.ts';

const schema = operatorPayloadSchema(CONFIG);
const issues = (payload: unknown) =>
  schema.safeParse(payload).error?.issues.map((i) => [i.path.join('.'), i.message]) ?? [];

describe('operatorPayloadSchema', () => {
  it('accepts status without a secret', () => {
    expect(schema.safeParse({ action: 'status' }).success).toBe(true);
  });

  it('accepts a Twilio retire with now', () => {
    expect(schema.safeParse({ action: 'retire', secret: 'twilio-auth-token', now: true }).success).toBe(true);
  });

  it('names a missing secret', () => {
    expect(issues({ action: 'rotate' })).toEqual([['secret', 'is required for action rotate']]);
  });

  it('names a secret without a strategy', () => {
    expect(issues({ action: 'cancel', secret: 'twilio-verify-service-sid' })).toEqual([
      ['secret', 'unknown secret "twilio-verify-service-sid"; rotated secrets: cloak-key, twilio-auth-token'],
    ]);
  });

  it('names an unknown action', () => {
    expect(issues({ action: 'delete', secret: 'cloak-key' })[0]?.[0]).toBe('action');
  });

  it('names now given to another action', () => {
    expect(issues({ action: 'rotate', secret: 'cloak-key', now: true })).toEqual([
      ['now', 'applies only to action retire'],
    ]);
  });

  it('names versions given to another action', () => {
    expect(issues({ action: 'rotate', secret: 'cloak-key', versions: { current: 2 } })).toEqual([
      ['versions', 'applies only to action relabel'],
    ]);
  });

  it('names a version that is not a positive whole number', () => {
    expect(issues({ action: 'relabel', secret: 'cloak-key', versions: { current: 0 } })[0]?.[0]).toBe(
      'versions.current',
    );
  });

  it('names confirm given to rotate', () => {
    expect(issues({ action: 'rotate', secret: 'cloak-key', confirm: true })).toEqual([
      ['confirm', 'applies only to actions retire and relabel'],
    ]);
  });
});

describe('rotationEventSchema', () => {
  it('reads an EventBridge scheduled event as the tick', () => {
    const event = { source: 'aws.events', 'detail-type': 'Scheduled Event', detail: {} };

    expect(rotationEventSchema(CONFIG).parse(event)).toEqual({ kind: 'tick' });
  });

  it('names an unknown field of an operator payload by its path', () => {
    const parsed = rotationEventSchema(CONFIG).safeParse({ action: 'status', force: true });

    expect(parsed.error?.issues.map((i) => [i.path.join('.'), i.message])).toEqual([
      ['force', 'unknown field'],
    ]);
  });

  it('tells a scheduled event by its source', () => {
    expect([isScheduledEvent({ source: 'aws.events' }), isScheduledEvent({ action: 'status' })]).toEqual([
      true,
      false,
    ]);
  });
});
