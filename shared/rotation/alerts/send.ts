/**
 * Sends the engine's alerts through the shared alerts module (claim, publish, settle) and
 * reports, per alert, whether it was delivered, is pending redelivery, was already sent
 * (suppressed), or could not be sent because no topic is configured.
 */
import { type Alert, type AlertPublisher, publishAlerts } from '../../alerts/index.ts';
import type { RotationDeps } from '../deps.ts';

/** `failed`: the ops table could not record the alert, so it was neither sent nor kept for redelivery. */
export type AlertDelivery = 'delivered' | 'pending' | 'suppressed' | 'not-configured' | 'failed';

export interface AlertReport {
  readonly kind: string;
  readonly status: AlertDelivery;
}

/** The publisher for one run: the configured topic, the re-notify interval, the run's secret values. */
export function publisherFor(
  deps: RotationDeps,
  secretValues: readonly string[],
): AlertPublisher | undefined {
  const topicArn = deps.config.topic.arn;
  if (topicArn === undefined || deps.sns === undefined) return undefined;
  return {
    sns: deps.sns,
    topicArn,
    ops: deps.ops,
    reNotifyIntervalMs: deps.config.rotation.reNotifyIntervalMs,
    secretValues,
    ...(deps.logger ? { logger: deps.logger } : {}),
  };
}

/**
 * Publishes `alerts`. Without a topic they are logged and reported `not-configured`.
 * Throws `AlertStateError` when the ops table cannot record a claim (nothing of the batch
 * was published: the caller fails so that its step is retried), and `InvalidAlertError`.
 */
export async function sendAlerts(
  deps: RotationDeps,
  alerts: readonly Alert[],
  secretValues: readonly string[],
): Promise<AlertReport[]> {
  if (alerts.length === 0) return [];
  const publisher = publisherFor(deps, secretValues);
  if (publisher === undefined) {
    for (const alert of alerts)
      deps.logger?.warn('alert not sent: no topic configured', { kind: alert.kind });
    return alerts.map((alert) => ({ kind: alert.kind, status: 'not-configured' }));
  }
  const report = await publishAlerts(publisher, alerts);
  return report.outcomes.map((outcome) => ({ kind: outcome.kind, status: outcome.status }));
}

/** As `sendAlerts`, but a failure to record is logged and reported `failed`. Never throws. */
export async function sendAlertsSafely(
  deps: RotationDeps,
  alerts: readonly Alert[],
  secretValues: readonly string[],
): Promise<AlertReport[]> {
  try {
    return await sendAlerts(deps, alerts, secretValues);
  } catch (error) {
    deps.logger?.error('alerts could not be recorded', {
      kinds: alerts.map((a) => a.kind),
      error: (error as Error).name,
    });
    return alerts.map((alert) => ({ kind: alert.kind, status: 'failed' }));
  }
}
