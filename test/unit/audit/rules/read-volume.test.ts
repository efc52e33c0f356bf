import { describe, expect, it } from 'vitest';
import { AUDIT_RULES, createAuditEngine } from '../../../../shared/audit/index.ts';
import { assumedRole, normalised, policyOf, ROLES, ssmRecord } from '../fixtures.ts';
import { findingsOf, times } from './helpers.ts';

const RULE = AUDIT_RULES.readVolume.id;
const at = (minute: number) => new Date(Date.UTC(2026, 2, 1, 10, minute)).toISOString();
/** `count` reads of the cloak key by the application, within 10:00-10:15. */
const reads = (count: number) =>
  times(count, (i) =>
    ssmRecord({ identity: assumedRole(ROLES.application), time: at(i % 15), eventId: `r-${i}` }),
  );
/** Five earlier 15-minute buckets of 4 reads each. */
const BASELINE = new Map([
  [
    ROLES.application,
    { samples: times(5, (i) => ({ windowEnd: new Date(Date.UTC(2026, 2, 1, 8, 15 * (i + 1))), count: 4 })) },
  ],
]);

describe('rule read-volume', () => {
  it('finds 60 reads in 15 minutes against a baseline of 4', () => {
    // Act
    const findings = findingsOf(RULE, reads(60), { baselines: BASELINE });
    // Assess
    expect(
      findings.map((f) => [f.severity, f.evidenceCount, f.evidence.length, f.secretIds, f.facts, f.title]),
    ).toEqual([
      [
        'medium',
        60,
        20,
        ['cloak-key'],
        { peakReads: 60, baselineMean: 4, factor: 10, minReads: 50 },
        `${ROLES.application} read managed secrets 60 times in 15m`,
      ],
    ]);
  });

  it('ignores a principal whose baseline has fewer than 5 samples (learning)', () => {
    // Prepare
    const young = new Map([
      [ROLES.application, { samples: BASELINE.get(ROLES.application)?.samples.slice(0, 4) ?? [] }],
    ]);
    // Act
    const findings = findingsOf(RULE, reads(60), { baselines: young });
    // Assess
    expect(findings).toEqual([]);
  });

  it('ignores fewer than minReads reads, however low the baseline', () => {
    // Act
    const findings = findingsOf(RULE, reads(49), { baselines: BASELINE });
    // Assess
    expect(findings).toEqual([]);
  });

  it('ignores reads not above factor × baseline', () => {
    // Prepare
    const busy = new Map([
      [
        ROLES.application,
        {
          samples: times(5, (i) => ({
            windowEnd: new Date(Date.UTC(2026, 2, 1, 8, 15 * (i + 1))),
            count: 6,
          })),
        },
      ],
    ]);
    // Act
    const findings = findingsOf(RULE, reads(60), { baselines: busy });
    // Assess
    expect(findings).toEqual([]);
  });

  it('gives one sample per bucket lying wholly inside the window, keyed by the bucket end', () => {
    // Prepare
    const engine = createAuditEngine({ policy: policyOf() });
    const records = [...reads(3), ssmRecord({ identity: assumedRole(ROLES.application), time: at(20) })].map(
      normalised,
    );
    // Act: the window holds 10:00-10:15 wholly, 10:15-10:30 only in part
    const result = engine.evaluateBatch(records, {
      window: { start: new Date(at(0)), end: new Date(at(25)) },
    });
    // Assess
    expect(result.baselineSamples).toEqual([
      { principal: ROLES.application, sample: { windowEnd: new Date('2026-03-01T10:15:00Z'), count: 3 } },
    ]);
  });

  it('returns the baselines with the new sample merged, replacing the one of the same bucket', () => {
    // Prepare
    const engine = createAuditEngine({ policy: policyOf() });
    const earlier = new Map([
      [
        ROLES.application,
        {
          samples: [
            { windowEnd: new Date('2026-03-01T09:45:00Z'), count: 2 },
            { windowEnd: new Date('2026-03-01T10:15:00Z'), count: 1 },
          ],
        },
      ],
    ]);
    // Act
    const result = engine.evaluateBatch(reads(3).map(normalised), {
      window: { start: new Date(at(0)), end: new Date(at(15)) },
      baselines: earlier,
    });
    // Assess
    expect(result.baselines.get(ROLES.application)).toEqual({
      samples: [
        { windowEnd: new Date('2026-03-01T09:45:00Z'), count: 2 },
        { windowEnd: new Date('2026-03-01T10:15:00Z'), count: 3 },
      ],
    });
  });

  it('gives no sample without a window', () => {
    // Prepare
    const engine = createAuditEngine({ policy: policyOf() });
    // Act
    const result = engine.evaluateBatch(reads(3).map(normalised));
    // Assess
    expect(result.baselineSamples).toEqual([]);
  });
});
