/** Builders of pure inspections for the unit tests of the engine's checks. */
import { parseRawConfig } from '../../../shared/config/index.ts';
import type { ManagedSecret } from '../../../shared/rotation/index.ts';
import type { Inspection } from '../../../shared/rotation/run/inspect.ts';
import type { ParameterSnapshot, VersionInfo } from '../../../shared/rotation/ssm/history.ts';
import { snapshotOf } from '../../../shared/rotation/ssm/history.ts';
import type { SecretState } from '../../../shared/rotation/state.ts';

export const CONFIG = parseRawConfig({ SRA_REGION: 'us-east-1', SRA_ACCOUNT: '111122223333' });

export const CLOAK: ManagedSecret = {
  id: 'cloak-key',
  entry: {
    id: 'cloak-key',
    path: 'cloak-key',
    strategy: 'cloak-key',
    schedule: { enabled: false, everyMs: 90 * 86_400_000 },
  },
  strategy: 'cloak-key',
  canonicalName: '/qlarius/cloak-key',
  pendingName: '/qlarius-rotation/cloak-key/pending',
};

/** `versions`: [version, labels, value?]. */
export function inspection(
  versions: Array<[number, string[], string?]>,
  state: Partial<SecretState> = {},
  pending?: { version: number; value?: string },
): Inspection {
  const infos: VersionInfo[] = versions.map(([version, labels, value]) => ({
    version,
    labels,
    type: 'SecureString',
    keyId: 'alias/app',
    lastModified: undefined,
    value,
  }));
  return {
    secret: CLOAK,
    state: { secretId: 'cloak-key', phase: 'idle', ...state },
    revision: 1,
    parameter: snapshotOf(CLOAK.canonicalName, infos),
    pending: pending === undefined ? undefined : { version: pending.version, value: pending.value },
    secretValues: [],
  };
}

/** The snapshot of an inspection built with at least one version. */
export function snapshot(ins: Inspection): ParameterSnapshot {
  if (ins.parameter === undefined) throw new Error('the inspection has no versions');
  return ins.parameter;
}
