/** The publisher's settings: defaults merged under the caller's values, each checked. */
import { ALERT_DEFAULTS } from './constants.ts';
import { InvalidAlertError } from './errors.ts';
import type { AlertPublisher } from './types.ts';

export interface ResolvedSettings {
  readonly reNotifyIntervalMs: number;
  readonly claimTimeoutMs: number;
  readonly secretValues: readonly string[];
}

const KNOWN = new Set([
  'sns',
  'topicArn',
  'ops',
  'reNotifyIntervalMs',
  'claimTimeoutMs',
  'secretValues',
  'logger',
]);
const TOPIC_ARN = /^arn:[a-z-]+:sns:[a-z0-9-]+:\d{12}:[A-Za-z0-9_-]{1,251}(\.fifo)?$/;

function positive(name: string, value: number): number {
  if (!Number.isSafeInteger(value) || value <= 0) {
    throw new InvalidAlertError(`publisher.${name}: must be a positive whole number of ms, got ${value}`);
  }
  return value;
}

/**
 * Checks the publisher and fills in defaults. Throws `InvalidAlertError` naming the field
 * for an unknown option, a topic ARN that is not an SNS topic ARN, or a bad duration.
 */
export function resolveSettings(publisher: AlertPublisher): ResolvedSettings {
  for (const key of Object.keys(publisher)) {
    if (!KNOWN.has(key)) throw new InvalidAlertError(`publisher.${key}: unknown option`);
  }
  if (!TOPIC_ARN.test(publisher.topicArn)) {
    throw new InvalidAlertError(`publisher.topicArn: not an SNS topic ARN: ${publisher.topicArn}`);
  }
  return {
    reNotifyIntervalMs: positive(
      'reNotifyIntervalMs',
      publisher.reNotifyIntervalMs ?? ALERT_DEFAULTS.reNotifyIntervalMs,
    ),
    claimTimeoutMs: positive('claimTimeoutMs', publisher.claimTimeoutMs ?? ALERT_DEFAULTS.claimTimeoutMs),
    secretValues: publisher.secretValues ?? [],
  };
}
