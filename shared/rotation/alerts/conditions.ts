/**
 * Alerts of standing conditions (`lifecycle` identity): alerted when they first appear or
 * their severity changes, then at most once per re-notify interval. The identity's
 * principal slot carries what makes one occurrence differ from another (a rotation id, an
 * inconsistency code, a version), so a new occurrence is never hidden by an old one.
 */
import type { Alert, Severity } from '../../alerts/index.ts';

type Facts = Record<string, string | number | boolean>;

interface Condition {
  kind: string;
  secret: string;
  subject?: string;
  severity?: Severity;
  title: string;
  details: string;
  evidence?: string[];
  facts?: Facts;
}

function condition(c: Condition): Alert {
  return {
    kind: c.kind,
    ...(c.severity ? { severity: c.severity } : {}),
    secrets: [c.secret],
    title: c.title,
    details: c.details,
    evidence: c.evidence ?? [],
    identity: {
      scope: 'lifecycle',
      condition: c.kind,
      secret: c.secret,
      ...(c.subject ? { principal: c.subject } : {}),
    },
    ...(c.facts ? { facts: c.facts } : {}),
  };
}

export function refusedAlert(secret: string, code: string, message: string, remedy: string): Alert {
  return condition({
    kind: 'rotation-refused',
    secret,
    subject: code,
    title: `Rotation of ${secret} refused (${code})`,
    details: `${message}. Remedy: ${remedy}.`,
    facts: { code },
  });
}

export function inconsistentAlert(secret: string, code: string, message: string, repair: string): Alert {
  return condition({
    kind: 'inconsistent-state',
    secret,
    subject: code,
    title: `Inconsistent rotation state of ${secret}: ${code}`,
    details: `${message}. Rotation is refused until it is repaired. Inspect \`sra status ${secret}\`, then repair with: ${repair}`,
    facts: { state: code, repair },
  });
}

export function driftAlert(
  secret: string,
  latest: number,
  current: number,
  adopted: boolean,
  critical: boolean,
): Alert {
  const outcome = adopted
    ? `Version ${latest} was adopted: it is \`current\`, version ${current} \`previous\`.`
    : 'Nothing was changed: a cloak key that is not retired yet would make three keys live. Re-encrypt, retire, then repair the labels with `sra relabel`.';
  return condition({
    kind: 'drift',
    secret,
    subject: `v${latest}`,
    severity: critical ? 'critical' : 'high',
    title: `Drift on ${secret}: version ${latest} written outside the rotation`,
    details: `Version ${latest} is newer than \`current\` (version ${current}). ${outcome}`,
    facts: { currentVersion: current, latestVersion: latest, adopted },
  });
}

export function stuckAlert(secret: string, rotationId: string, phase: string, since: string): Alert {
  return condition({
    kind: 'stuck',
    secret,
    subject: rotationId,
    title: `Rotation of ${secret} is stuck in phase ${phase}`,
    details: `Rotation ${rotationId} has made no progress since ${since}.`,
    evidence: [rotationId],
    facts: { rotationId, phase, since },
  });
}

export function overdueAlert(secret: string, dueAt: string, blockedBy: string | undefined): Alert {
  return condition({
    kind: 'overdue',
    secret,
    title: `Scheduled rotation of ${secret} is overdue`,
    details: `It was due at ${dueAt}.${blockedBy ? ` Blocked by: ${blockedBy}.` : ''}`,
    facts: { dueAt },
  });
}

export function retirementDueAlert(secret: string, rotationId: string, dueAt: string, what: string): Alert {
  return condition({
    kind: 'retirement-due',
    secret,
    subject: rotationId,
    title: `Retirement of the old value of ${secret} is due`,
    details: `The grace period ended at ${dueAt}. ${what}`,
    evidence: [rotationId],
    facts: { rotationId, dueAt },
  });
}

export function tokenInvalidAlert(secret: string, message: string): Alert {
  return condition({
    kind: 'token-invalid',
    secret,
    title: `The Twilio auth token of ${secret} no longer authenticates`,
    details: `${message}. The application cannot reach Twilio with it: check the Twilio console, then roll back or rotate now.`,
  });
}
