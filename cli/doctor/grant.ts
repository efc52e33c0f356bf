/**
 * The application's read grant covers its secrets and not the ops namespace (where pending,
 * untested values live), by the shared path module's IAM matching.
 */
import { secretsCoveredByPattern } from '../../shared/parameter-paths/index.ts';
import { type CheckResult, type DoctorDeps, result } from './types.ts';

/** The default grant: every parameter below the root (`arn:...:parameter/qlarius/*`). Throws as `iamResource`. */
export function defaultAppGrant(deps: Pick<DoctorDeps, 'config'>): string {
  const layout = deps.config.layout;
  return layout.iamResource(layout.appPrefix(), { wildcard: true });
}

/** Never throws. */
export function checkAppGrant(deps: DoctorDeps): CheckResult {
  const grant = deps.appGrant;
  const coverage = secretsCoveredByPattern(deps.config.layout, grant);
  const opsPrefix = deps.config.layout.opsPrefix();
  const rotated = new Set(deps.config.catalog.filter((e) => e.strategy !== 'none').map((e) => e.id));
  const pending = coverage.pendingSecretIds.filter((id) => rotated.has(id));
  if (pending.length > 0)
    return result(
      'app-grant',
      'fail',
      `${grant} also covers the pending values of ${pending.join(', ')} (${opsPrefix})`,
      `narrow the application's grant to ${defaultAppGrant(deps)} so it never reads an untested value`,
    );
  const missing = deps.config.catalog.map((e) => e.id).filter((id) => !coverage.secretIds.includes(id));
  if (missing.length > 0)
    return result(
      'app-grant',
      'warn',
      `${grant} does not cover ${missing.join(', ')}`,
      `grant ssm:GetParameter on ${defaultAppGrant(deps)}`,
    );
  return result(
    'app-grant',
    'ok',
    `${grant} covers every catalog secret and none of the pending values under ${opsPrefix}`,
  );
}
