/** The repair commands named by `inconsistent-state` alerts and refusals. */
import type { ParameterSnapshot } from '../ssm/history.ts';

/**
 * `sra relabel <id> --current <latest> [--previous <v>] --confirm`: `current` on the latest
 * version (what plain reads return), `previous` on the version the application most likely
 * still holds: the one carrying `current` now if older than the latest, else the one
 * carrying `previous`, else the version before the latest. Never throws.
 */
export function relabelCommand(secretId: string, parameter: ParameterSnapshot): string {
  const latest = parameter.latest.version;
  const older = (v: number | undefined) => (v !== undefined && v < latest ? v : undefined);
  const before = parameter.versions.filter((v) => v.version < latest).at(-1)?.version;
  const previous = older(parameter.current?.version) ?? older(parameter.previous?.version) ?? before;
  const previousPart = previous === undefined ? '' : ` --previous ${previous}`;
  return `sra relabel ${secretId} --current ${latest}${previousPart} --confirm`;
}
