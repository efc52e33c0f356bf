/**
 * Sends findings through the shared alerts module, which de-duplicates by alert key in the
 * ops table: the audit paths evaluate every event they see and leave "alert once" to it.
 */
import type { Logger } from '@aws-lambda-powertools/logger';
import type { SNSClient } from '@aws-sdk/client-sns';
import { type AlertPublisher, publishAlerts, redeliverPending } from '../../alerts/index.ts';
import type { OpsTable } from '../../ops-state/index.ts';
import { type Finding, registerAuditAlertKinds } from '../rules/index.ts';
import { findingAlert } from './alert.ts';

/** `on`: alerts are sent; `off`: not asked for (an operator's audit); `no-topic`: none configured. */
export type Alerting = 'on' | 'off' | 'no-topic';

/** What became of a run's alerts (see `shared/alerts`: suppressed means already sent). */
export interface AlertCounts {
  alerting: Alerting;
  delivered: number;
  suppressed: number;
  pending: number;
  /** Alerts of earlier runs sent again by `redeliverPending`. */
  redelivered: number;
}

/** Where audit alerts go: the publisher, or why there is none. */
export type AuditAlerts = { alerting: 'on'; publisher: AlertPublisher } | { alerting: 'off' | 'no-topic' };

/**
 * The alert target of a run: `off` unless `enabled`, `no-topic` without a topic ARN or SNS
 * client, else a publisher over the ops table. Registers the audit's alert kinds. Throws
 * `AlertCatalogueError` only if another module registered a kind of the same name differently.
 */
export function auditAlerts(options: {
  enabled: boolean;
  topicArn: string | undefined;
  sns: SNSClient | undefined;
  ops: OpsTable;
  reNotifyIntervalMs: number;
  logger?: Logger | undefined;
}): AuditAlerts {
  if (!options.enabled) return { alerting: 'off' };
  if (options.topicArn === undefined || options.sns === undefined) return { alerting: 'no-topic' };
  registerAuditAlertKinds();
  return {
    alerting: 'on',
    publisher: {
      sns: options.sns,
      topicArn: options.topicArn,
      ops: options.ops,
      reNotifyIntervalMs: options.reNotifyIntervalMs,
      ...(options.logger === undefined ? {} : { logger: options.logger }),
    },
  };
}

/** Zero counts for a target. Never throws. */
export function noAlerts(alerting: Alerting): AlertCounts {
  return { alerting, delivered: 0, suppressed: 0, pending: 0, redelivered: 0 };
}

/**
 * Publishes one alert per finding (aggregated into few messages by the publisher). Without
 * a publisher nothing is sent; with `no-topic` each finding is logged at warn level.
 * Throws `AlertStateError` when the ops table cannot record a claim (nothing of the batch
 * was published: the caller fails so its invocation is retried), `InvalidAlertError`.
 */
export async function publishFindings(
  target: AuditAlerts,
  findings: readonly Finding[],
  logger?: Logger,
): Promise<AlertCounts> {
  const counts = noAlerts(target.alerting);
  if (target.alerting !== 'on') {
    if (target.alerting === 'no-topic') {
      for (const f of findings) logger?.warn('finding not alerted: no topic configured', { rule: f.rule });
    }
    return counts;
  }
  if (findings.length === 0) return counts;
  const report = await publishAlerts(target.publisher, findings.map(findingAlert));
  for (const outcome of report.outcomes) counts[outcome.status] += 1;
  return counts;
}

/**
 * Sends alerts earlier runs left undelivered (`redeliverPending`); resolves how many were
 * delivered. A failure is logged and answered as 0: the run goes on, and the next run tries
 * again. Never throws.
 */
export async function redeliverSafely(target: AuditAlerts, logger?: Logger): Promise<number> {
  if (target.alerting !== 'on') return 0;
  try {
    const report = await redeliverPending(target.publisher);
    return report.outcomes.filter((o) => o.status === 'delivered').length;
  } catch (error) {
    logger?.warn('undelivered alerts could not be sent again', { error: (error as Error).name });
    return 0;
  }
}
