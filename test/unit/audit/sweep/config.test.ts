/** The sweep's configuration keys: `SRA_AUDIT_OVERLAP` and `SRA_AUDIT_RECONCILE_LOOKBACK`. */
import { describe, expect, it } from 'vitest';
import { type ConfigError, loadConfig } from '../../../../shared/config/index.ts';

const BASE = { SRA_REGION: 'us-east-1', SRA_ACCOUNT: '111122223333' };

describe('loadConfig: audit sweep keys', () => {
  it('defaults to a 20-minute overlap and a 25-hour reconciliation', () => {
    // Act
    const config = loadConfig({ env: BASE });
    // Assess
    expect(config.auditSweep).toEqual({ overlapMs: 20 * 60_000, reconcileLookbackMs: 25 * 60 * 60_000 });
  });

  it('reads both keys', () => {
    // Act
    const config = loadConfig({
      env: { ...BASE, SRA_AUDIT_OVERLAP: '30m', SRA_AUDIT_RECONCILE_LOOKBACK: '49h' },
    });
    // Assess
    expect(config.auditSweep).toEqual({ overlapMs: 30 * 60_000, reconcileLookbackMs: 49 * 60 * 60_000 });
  });

  it('names each key out of range', () => {
    // Act
    let problems: readonly string[] = [];
    try {
      loadConfig({ env: { ...BASE, SRA_AUDIT_OVERLAP: '30s', SRA_AUDIT_RECONCILE_LOOKBACK: '91d' } });
    } catch (error) {
      problems = (error as ConfigError).problems;
    }
    // Assess
    expect(problems).toEqual([
      'SRA_AUDIT_OVERLAP: must be between 1m and 24h',
      'SRA_AUDIT_RECONCILE_LOOKBACK: must be between 1h and 90d',
    ]);
  });
});
