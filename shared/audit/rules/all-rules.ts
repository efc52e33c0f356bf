/** The audit's rule set, in the order findings are reported. */
import { accessDeniedProbing } from './access-denied-probing.ts';
import { bulkRead } from './bulk-read.ts';
import { managedSecretWrite } from './managed-secret-write.ts';
import { manyDistinctSecrets } from './many-distinct-secrets.ts';
import { outsideNetwork } from './outside-network.ts';
import { pendingValueRead } from './pending-value-read.ts';
import { readVolume } from './read-volume.ts';
import { rootAccess } from './root-access.ts';
import type { AuditRule } from './types.ts';
import { unknownPrincipalRead } from './unknown-principal-read.ts';

/** Every rule of the audit; `createAuditEngine` uses this list unless given another. */
export const AUDIT_RULE_SET: readonly AuditRule[] = [
  rootAccess,
  managedSecretWrite,
  pendingValueRead,
  unknownPrincipalRead,
  bulkRead,
  outsideNetwork,
  accessDeniedProbing,
  manyDistinctSecrets,
  readVolume,
];
