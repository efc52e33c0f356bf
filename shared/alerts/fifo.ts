/**
 * FIFO topics (case C-15): their ARN ends in `.fifo`; every publish needs a
 * `MessageGroupId` (here: per secret) and, as content-based de-duplication is not assumed,
 * a `MessageDeduplicationId` (here: a hash of the alert keys and fingerprints, so a publish
 * repeated after an ambiguous failure within SNS's 5-minute window is dropped by SNS).
 * Standard topics get neither.
 */
import { createHash } from 'node:crypto';
import { SNS_PUBLISH_LIMITS } from './constants.ts';

/** True for a FIFO topic ARN. Never throws. */
export function isFifoTopic(topicArn: string): boolean {
  return topicArn.endsWith('.fifo');
}

const FIFO_ID = /^[A-Za-z0-9!"#$%&'()*+,\-./:;<=>?@[\\\]^_`{|}~]+$/;
const NO_SECRET_GROUP = 'no-secret';

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

/**
 * The message group of an alert: its secret ids, sorted and joined by `,` (one group per
 * secret for the usual single-secret alert), or a hash of them when that is not a valid id.
 * Never throws.
 */
export function messageGroupId(secrets: readonly string[]): string {
  const ids = [...new Set(secrets)].sort();
  if (ids.length === 0) return NO_SECRET_GROUP;
  const joined = ids.join(',');
  return joined.length <= SNS_PUBLISH_LIMITS.maxFifoIdChars && FIFO_ID.test(joined)
    ? joined
    : `secrets-${sha256(joined).slice(0, 40)}`;
}

/** A 64-character hex hash of the message's alert keys and fingerprints. Never throws. */
export function messageDeduplicationId(alerts: readonly { alertKey: string; fingerprint: string }[]): string {
  const lines = alerts.map((a) => `${a.alertKey}|${a.fingerprint}`).sort();
  return sha256(lines.join('\n'));
}
