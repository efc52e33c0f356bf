import { describe, expect, it } from 'vitest';
import {
  alertRecordKey,
  baselineKey,
  checkpointKey,
  compositeKey,
  lastRunKey,
  lookupEventsLeaseKey,
  rotationLockKey,
  rotationStateKey,
  type SweepMode,
} from '../../../shared/ops-state/index.ts';

describe('ops table keys', () => {
  it('puts the lock and the state of a secret in its partition', () => {
    expect([rotationLockKey('cloak-key'), rotationStateKey('cloak-key')]).toEqual([
      { pk: 'SECRET#cloak-key', sk: 'LOCK' },
      { pk: 'SECRET#cloak-key', sk: 'STATE' },
    ]);
  });

  it('keys the LookupEvents lease by account and region', () => {
    expect(lookupEventsLeaseKey('111122223333', 'us-east-1')).toEqual({
      pk: 'AUDIT',
      sk: 'LEASE#LookupEvents#111122223333#us-east-1',
    });
  });

  it('keys checkpoints by sweep mode', () => {
    expect(checkpointKey('reconcile')).toEqual({ pk: 'AUDIT', sk: 'CHECKPOINT#reconcile' });
  });

  it('refuses an unknown sweep mode', () => {
    expect(() => checkpointKey('window' as SweepMode)).toThrow('ops table: unknown sweep mode "window"');
  });

  it('escapes the separator and the escape character inside a part', () => {
    expect(compositeKey('windowed', 'volume', 'arn:aws:iam::1:role/a#b%c', 'cloak-key')).toBe(
      'windowed#volume#arn:aws:iam::1:role/a%23b%25c#cloak-key',
    );
  });

  it('refuses an empty key part', () => {
    expect(() => compositeKey('instant', '', 'evt')).toThrow('ops table: a key part must not be empty');
  });

  it('keeps alert records, baselines and last runs in their own partitions', () => {
    expect([
      alertRecordKey('instant#r#e'),
      baselineKey('arn:aws:iam::1:user/bob'),
      lastRunKey('rotate'),
    ]).toEqual([
      { pk: 'ALERT', sk: 'instant#r#e' },
      { pk: 'BASELINE', sk: 'arn:aws:iam::1:user/bob' },
      { pk: 'RUN', sk: 'rotate' },
    ]);
  });
});
