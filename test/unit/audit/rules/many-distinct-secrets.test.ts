import { describe, expect, it } from 'vitest';
import { AUDIT_RULES } from '../../../../shared/audit/index.ts';
import { assumedRole, ROLES, ssmRecord } from '../fixtures.ts';
import { findingsOf, times } from './helpers.ts';

const RULE = AUDIT_RULES.manyDistinctSecrets.id;
const names = (from: number, count: number) => times(count, (i) => `/credentials/app/secret-${from + i}`);
const batchRead = (list: string[], time: string) =>
  ssmRecord({
    identity: assumedRole(ROLES.stranger),
    eventName: 'GetParameters',
    request: { names: list, withDecryption: true },
    time,
  });

describe('rule many-distinct-secrets', () => {
  it('finds 25 distinct names read within one hour (the Stratus pattern: batches of 10)', () => {
    // Prepare
    const raws = [
      batchRead(names(0, 10), '2026-03-01T10:00:01Z'),
      batchRead(names(10, 10), '2026-03-01T10:00:02Z'),
      batchRead([...names(20, 4), '/qlarius/cloak-key'], '2026-03-01T10:00:03Z'),
    ];
    // Act
    const findings = findingsOf(RULE, raws);
    // Assess
    expect(
      findings.map((f) => [
        f.severity,
        f.evidenceCount,
        f.secretIds,
        f.parameters.length,
        f.alertKey.scope,
        f.title,
      ]),
    ).toEqual([
      [
        'medium',
        3,
        ['cloak-key'],
        20,
        'windowed',
        `${ROLES.stranger} read 25 or more distinct parameters within 1h`,
      ],
    ]);
  });

  it('ignores 24 distinct names', () => {
    // Act
    const findings = findingsOf(RULE, [
      batchRead(names(0, 10), '2026-03-01T10:00:01Z'),
      batchRead(names(10, 10), '2026-03-01T10:00:02Z'),
      batchRead(names(20, 4), '2026-03-01T10:00:03Z'),
    ]);
    // Assess
    expect(findings).toEqual([]);
  });

  it('counts a name read many times once', () => {
    // Act
    const findings = findingsOf(
      RULE,
      times(30, (i) => batchRead(names(0, 10), `2026-03-01T10:${String(i).padStart(2, '0')}:00Z`)),
    );
    // Assess
    expect(findings).toEqual([]);
  });

  it('ignores 30 names spread over two hours', () => {
    // Act
    const findings = findingsOf(RULE, [
      batchRead(names(0, 10), '2026-03-01T10:10:00Z'),
      batchRead(names(10, 10), '2026-03-01T11:10:00Z'),
      batchRead(names(20, 10), '2026-03-01T12:10:00Z'),
    ]);
    // Assess
    expect(findings).toEqual([]);
  });

  it('ignores an exempt group', () => {
    // Prepare
    const raws = [
      batchRead(names(0, 10), '2026-03-01T10:00:01Z'),
      batchRead(names(10, 10), '2026-03-01T10:00:02Z'),
      batchRead(names(20, 10), '2026-03-01T10:00:03Z'),
    ];
    // Act
    const findings = findingsOf(RULE, raws, { policy: { distinctSecrets: { exempt: ['unknown'] } } });
    // Assess
    expect(findings).toEqual([]);
  });
});
