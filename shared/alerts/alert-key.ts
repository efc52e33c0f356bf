/** The alert key (the record's sort key) and fingerprint of an alert. */
import { createHash } from 'node:crypto';
import { compositeKey } from '../ops-state/index.ts';
import type { Severity } from './constants.ts';
import type { AlertIdentity } from './types.ts';

/** Marks an absent principal in a lifecycle key. */
const NO_PRINCIPAL = '-';

/**
 * `instant#<rule>#<eventId>`, `windowed#<rule>#<principal>#<secret>` or
 * `lifecycle#<condition>#<principal or ->#<secret>`, each part escaped. Throws
 * `OpsStateError` for an empty part (validation rejects those first).
 */
export function alertKeyOf(identity: AlertIdentity): string {
  switch (identity.scope) {
    case 'instant':
      return compositeKey('instant', identity.rule, identity.eventId);
    case 'windowed':
      return compositeKey('windowed', identity.rule, identity.principal, identity.secret);
    case 'lifecycle':
      return compositeKey(
        'lifecycle',
        identity.condition,
        identity.principal ?? NO_PRINCIPAL,
        identity.secret,
      );
  }
}

/**
 * A hash of the alert's identity and severity only: evidence, window, title and details do
 * not change it, so overlapping sweeps that see more evidence do not alert again. Never throws.
 */
export function fingerprintOf(kind: string, alertKey: string, severity: Severity): string {
  return createHash('sha256')
    .update(JSON.stringify([kind, alertKey, severity]))
    .digest('hex')
    .slice(0, 32);
}
