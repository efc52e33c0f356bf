/**
 * The audit's alert kinds, one per rule, for the alerts catalogue: severity, what it means,
 * and what the person receiving it should do. `registerAuditAlertKinds` adds them through
 * the catalogue's extension point (`registerAlertKind`); call it once at start-up.
 */
import { type AlertKindSpec, registerAlertKind } from '../../alerts/index.ts';
import { AUDIT_RULES as R } from './constants.ts';

const audit = 'audit' as const;

export const AUDIT_ALERT_KIND_SPECS: readonly AlertKindSpec[] = [
  {
    kind: R.unknownPrincipalRead.id,
    severity: R.unknownPrincipalRead.severity,
    source: audit,
    summary: 'A principal on none of the audit policy lists read a managed secret.',
    action:
      'Identify the principal and its session in CloudTrail. If the read is legitimate, add the role to the audit policy; otherwise revoke its access and rotate the secret.',
  },
  {
    kind: R.rootAccess.id,
    severity: R.rootAccess.severity,
    source: audit,
    summary: "The account's root user called Parameter Store on a managed secret.",
    action:
      'Confirm with the account owner who used root and why. If nobody did, secure the root credentials (password, MFA, keys) and rotate the secrets it touched.',
  },
  {
    kind: R.accessDeniedProbing.id,
    severity: R.accessDeniedProbing.severity,
    source: audit,
    summary: 'A principal was refused access to managed secrets, or many parameter calls in a short time.',
    action:
      'Check whether the principal should have access (a broken grant after a deploy) or is guessing names; disable its credentials if nobody owns the calls.',
  },
  {
    kind: R.bulkRead.id,
    severity: R.bulkRead.severity,
    source: audit,
    summary: 'One call read several managed secrets, or a by-path read reached them.',
    action:
      'Find who made the call and why. A by-path read of the root reads every secret: if it was not planned, treat the secrets as exposed and rotate them.',
  },
  {
    kind: R.manyDistinctSecrets.id,
    severity: R.manyDistinctSecrets.severity,
    source: audit,
    summary: 'One principal read many distinct parameters within a short window (enumeration).',
    action:
      'Check whether a tool such as Terraform explains it; otherwise treat the principal as compromised, disable its credentials and rotate what it read.',
  },
  {
    kind: R.outsideNetwork.id,
    severity: R.outsideNetwork.severity,
    source: audit,
    summary: "A managed secret was accessed from outside the policy's allowed networks.",
    action:
      "Compare the source with the application's egress. Credentials used from elsewhere are stolen: revoke the role's sessions and rotate the secret now.",
  },
  {
    kind: R.readVolume.id,
    severity: R.readVolume.severity,
    source: audit,
    summary: 'A principal read managed secrets far more often than its baseline.',
    action:
      'Look for a crash loop or a scaling event first; if neither explains it, investigate the principal as a possible exfiltration.',
  },
  {
    kind: R.pendingValueRead.id,
    severity: R.pendingValueRead.severity,
    source: audit,
    summary:
      'The pending (untested) value of a rotation was read by someone other than the tool or an operator.',
    action:
      'Cancel the rotation (`sra cancel <secret>`) so the read value never becomes current, then find out who read it.',
  },
  {
    kind: R.managedSecretWrite.id,
    severity: R.managedSecretWrite.severity,
    source: audit,
    summary:
      'A managed secret, its labels or tags were changed by someone other than the tool or an operator.',
    action:
      'Run `sra status <secret>` to see the versions and labels; restore `current`/`previous` with `sra relabel` if they moved, and find the writer in CloudTrail.',
  },
];

/**
 * Registers the audit's kinds in the alerts catalogue (again registering the same specs is
 * harmless). Throws `AlertCatalogueError` if a kind is already registered with another spec.
 */
export function registerAuditAlertKinds(): void {
  for (const spec of AUDIT_ALERT_KIND_SPECS) registerAlertKind(spec);
}
