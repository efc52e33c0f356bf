/**
 * The audit's rules: id, severity and kind of each, and the limits of a finding. The ids are
 * also the alert kinds the audit registers in the alerts catalogue (one kind per rule).
 */

/** Every rule: `instant` rules judge one record, `windowed` rules a batch (the sweep's window). */
export const AUDIT_RULES = {
  unknownPrincipalRead: { id: 'unknown-principal-read', severity: 'high', kind: 'instant' },
  rootAccess: { id: 'root-access', severity: 'critical', kind: 'instant' },
  accessDeniedProbing: { id: 'access-denied-probing', severity: 'medium', kind: 'windowed' },
  bulkRead: { id: 'bulk-read', severity: 'high', kind: 'instant' },
  manyDistinctSecrets: { id: 'many-distinct-secrets', severity: 'medium', kind: 'windowed' },
  outsideNetwork: { id: 'outside-network', severity: 'high', kind: 'instant' },
  readVolume: { id: 'read-volume', severity: 'medium', kind: 'windowed' },
  pendingValueRead: { id: 'pending-value-read', severity: 'high', kind: 'instant' },
  managedSecretWrite: { id: 'managed-secret-write', severity: 'critical', kind: 'instant' },
} as const;

type RuleSpec = (typeof AUDIT_RULES)[keyof typeof AUDIT_RULES];

/** One rule id, e.g. `root-access`. */
export type AuditRuleId = RuleSpec['id'];

/** Every rule id, in the order of `AUDIT_RULES`. */
export const AUDIT_RULE_IDS = Object.values(AUDIT_RULES).map((r) => r.id) as readonly AuditRuleId[];

/** Whether findings are per event (`instant`) or per principal over a window (`windowed`). */
export type RuleKind = RuleSpec['kind'];

/** Caps that keep a finding (and a windowed rule's state) small whatever the input. */
export const FINDING_LIMITS = {
  /** Evidence event ids kept per finding; `evidenceCount` has the full count. */
  maxEvidence: 20,
  /** Parameter names kept per finding. */
  maxParameters: 20,
} as const;

/** The secret part of a windowed alert key when no managed secret is involved. */
export const NO_SECRET = '-';
