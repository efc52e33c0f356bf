/**
 * Alerts of rotation events, each alerted once: `instant` identity with the rotation id
 * (or an adoption id) as event id. They carry secret ids, versions and tags, never values.
 */
import type { Alert } from '../../alerts/index.ts';

type Facts = Record<string, string | number | boolean>;

function event(
  kind: string,
  eventId: string,
  secret: string,
  title: string,
  details: string,
  facts: Facts,
): Alert {
  return {
    kind,
    secrets: [secret],
    title,
    details,
    evidence: [eventId],
    identity: { scope: 'instant', rule: kind, eventId },
    facts,
  };
}

export function adoptedAlert(secret: string, version: number): Alert {
  return event(
    'adopted',
    `${secret}/adopted/v${version}`,
    secret,
    `Adopted ${secret}: version ${version} is now current`,
    `The parameter had no rotation labels; its latest version ${version} now carries \`current\`. Nothing was rotated.`,
    { version },
  );
}

export function rotatedAlert(
  secret: string,
  rotationId: string,
  versions: { from: number; to: number },
  next: string,
  rollback = false,
): Alert {
  const what = rollback ? `Rolled back ${secret}` : `Rotated ${secret}`;
  return event(
    'rotated',
    rotationId,
    secret,
    `${what}: version ${versions.to} is current, ${versions.from} previous`,
    `Version ${versions.to} is \`current\` and version ${versions.from} \`previous\`. ${next}`,
    { rotationId, currentVersion: versions.to, previousVersion: versions.from, rollback },
  );
}

export function retiredAlert(secret: string, rotationId: string, details: string): Alert {
  return event('retired', rotationId, secret, `Retired the old value of ${secret}`, details, {
    rotationId,
  });
}

export function failedAlert(
  secret: string,
  rotationId: string,
  step: string,
  code: string,
  message: string,
): Alert {
  return event(
    'rotation-failed',
    `${rotationId}/${step}/${code}`,
    secret,
    `Rotation of ${secret} failed at step ${step} (${code})`,
    `${message}. The secret keeps its current value. Fix the cause, then \`sra resume ${secret}\` or \`sra cancel ${secret}\`.`,
    { rotationId, step, code },
  );
}
