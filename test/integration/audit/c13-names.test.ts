/**
 * C-13 "Names in every form", end to end: records appended to the CloudTrail stand-in,
 * read by the sweep through LookupEvents, each form mapped to the right managed secret or
 * to none in the findings.
 */
import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { assumedRole, deniedMessage, ssmRecord } from '../../unit/audit/fixtures.ts';
import { useAuditFixture } from './audit-fixture.ts';
import { CLOAK_ARN, ROLES, trailTime } from './records.ts';

const fx = useAuditFixture();
const TWILIO = ['twilio-account-sid', 'twilio-auth-token', 'twilio-verify-service-sid'];
const ALL = ['cloak-key', ...TWILIO];

interface Case {
  form: string;
  eventName: string;
  request: Record<string, unknown> | null;
  error?: { errorCode: string; errorMessage: string };
  /** rule → secrets, for the findings whose evidence holds this event. */
  expected: Record<string, string[]>;
}

const stranger = assumedRole(ROLES.stranger, 'c13');
const CASES: Case[] = [
  {
    form: 'ARN',
    eventName: 'GetParameter',
    request: { name: CLOAK_ARN },
    expected: { 'unknown-principal-read': ['cloak-key'] },
  },
  {
    form: ':label',
    eventName: 'GetParameter',
    request: { name: '/qlarius/cloak-key:previous' },
    expected: { 'unknown-principal-read': ['cloak-key'] },
  },
  {
    form: ':version',
    eventName: 'GetParameter',
    request: { name: '/qlarius/cloak-key:7' },
    expected: { 'unknown-principal-read': ['cloak-key'] },
  },
  {
    form: 'names (10)',
    eventName: 'GetParameters',
    request: {
      names: [
        '/qlarius/twilio/auth-token:current',
        'arn:aws:ssm:us-east-1:111122223333:parameter/qlarius/twilio/account-sid',
        '/qlarius-other/x',
        '/qlarius/cloak-key-backup',
        '/qlarius/twilio/verify-service-sid',
        '/other/a',
        '/other/b',
        '/other/c',
        '/other/d',
        '/other/e',
      ],
    },
    expected: { 'unknown-principal-read': TWILIO, 'bulk-read': TWILIO },
  },
  {
    form: 'path / recursive',
    eventName: 'GetParametersByPath',
    request: { path: '/', recursive: true },
    // The ops namespace lies under `/` too: the pending names of the rotated secrets are reached.
    expected: {
      'unknown-principal-read': ALL,
      'pending-value-read': ['cloak-key', 'twilio-auth-token'],
      'bulk-read': ALL,
    },
  },
  {
    form: 'path /qlarius/twilio one level',
    eventName: 'GetParametersByPath',
    request: { path: '/qlarius/twilio' },
    expected: { 'unknown-principal-read': TWILIO, 'bulk-read': TWILIO },
  },
  {
    form: 'denied, name only in errorMessage',
    eventName: 'GetParameter',
    request: null,
    error: {
      errorCode: 'AccessDenied',
      errorMessage: deniedMessage(String(stranger.arn), 'GetParameter', CLOAK_ARN),
    },
    expected: { 'access-denied-probing': ['cloak-key'] },
  },
  {
    form: 'look-alike /qlarius-other/x',
    eventName: 'GetParameter',
    request: { name: '/qlarius-other/x' },
    expected: {},
  },
  {
    form: 'look-alike /qlarius/cloak-key-backup',
    eventName: 'GetParameter',
    request: { name: '/qlarius/cloak-key-backup' },
    expected: {},
  },
];

describe('runSweep: C-13 names in every form', () => {
  it('maps each form to the right managed secret or to none', async () => {
    // Prepare
    const at = fx.clock.now().getTime() - 5 * 60_000;
    const records = CASES.map((c, i) =>
      ssmRecord({
        identity: stranger,
        eventName: c.eventName,
        request: c.request,
        time: trailTime(at + i * 1000),
        eventId: randomUUID(),
        ...(c.error ?? {}),
      }),
    );
    await fx.append(records);
    // Act
    const { summary, findings } = await fx.sweep({ mode: 'incremental' });
    // Assess
    expect(summary.records).toBe(CASES.length);
    const found = CASES.map((c, i) => {
      const id = String(records[i]?.eventID);
      const mine = findings.filter((f) => f.evidence.includes(id));
      return [c.form, Object.fromEntries(mine.map((f) => [f.rule, f.secretIds]))];
    });
    expect(found).toEqual(CASES.map((c) => [c.form, c.expected]));
  });
});
