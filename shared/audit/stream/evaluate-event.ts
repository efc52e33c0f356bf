/**
 * The real-time path: one EventBridge event of detail-type `AWS API Call via CloudTrail`
 * from `aws.ssm`, normalised and judged by the instant rules only (windowed rules need the
 * sweep's window). An instant finding's alert key is its rule and CloudTrail event id, the
 * same as the sweep's, so whichever path sees the event first alerts and the other is
 * suppressed; the sweep still evaluates the event for its windowed rules. A malformed event
 * is reported and skipped, never thrown.
 */
import type { Logger } from '@aws-lambda-powertools/logger';
import type { SNSClient } from '@aws-sdk/client-sns';
import type { Config } from '../../config/index.ts';
import type { OpsTable } from '../../ops-state/index.ts';
import {
  type AlertCounts,
  auditAlerts,
  type FindingView,
  findingView,
  noAlerts,
  publishFindings,
} from '../findings/index.ts';
import { normaliseEventBridgeEvent } from '../normalise/index.ts';
import { type AuditEngine, createAuditEngine } from '../rules/index.ts';

export interface StreamDeps {
  readonly config: Config;
  readonly ops: OpsTable;
  /** Without it (or without `config.topic.arn`) findings are reported but not alerted. */
  readonly sns?: SNSClient | undefined;
  /** Default: an engine over `config.audit` (pass one built at module scope to reuse it). */
  readonly engine?: AuditEngine | undefined;
  readonly logger?: Logger | undefined;
}

/** What the stream function answers for one event (JSON-ready). */
export interface StreamResult {
  outcome: 'evaluated' | 'skipped';
  eventId?: string;
  eventName?: string;
  /** Why the event was skipped (`not-cloudtrail-event`, `not-ssm-event`, `missing-field`, ...). */
  skipped?: { reason: string; detail: string };
  findings: FindingView[];
  alerts: AlertCounts;
}

/**
 * Evaluates one event and alerts its instant findings. Throws `AlertStateError` when the
 * ops table cannot record an alert (the invocation should fail and be retried: nothing of
 * it was published) and `InvalidAlertError`; never for the event's content.
 */
export async function evaluateStreamEvent(deps: StreamDeps, event: unknown): Promise<StreamResult> {
  const alerts = auditAlerts({
    enabled: true,
    topicArn: deps.config.topic.arn,
    sns: deps.sns,
    ops: deps.ops,
    reNotifyIntervalMs: deps.config.rotation.reNotifyIntervalMs,
    logger: deps.logger,
  });
  const result = normaliseEventBridgeEvent(deps.config.layout, event);
  if (!result.ok) {
    const { reason, detail, eventId, eventName } = result.skipped;
    deps.logger?.warn('audit stream: event skipped', { reason, detail, eventId, eventName });
    return {
      outcome: 'skipped',
      ...(eventId === undefined ? {} : { eventId }),
      ...(eventName === undefined ? {} : { eventName }),
      skipped: { reason, detail },
      findings: [],
      alerts: noAlerts(alerts.alerting),
    };
  }
  const { record } = result;
  const engine = deps.engine ?? createAuditEngine({ policy: deps.config.audit });
  const findings = engine.evaluateRecord(record);
  const sent = await publishFindings(alerts, findings, deps.logger);
  if (findings.length > 0) {
    deps.logger?.warn('audit stream: findings', {
      eventId: record.eventId,
      rules: findings.map((f) => f.rule),
      alerts: sent,
    });
  }
  return {
    outcome: 'evaluated',
    eventId: record.eventId,
    eventName: record.eventName,
    findings: findings.map(findingView),
    alerts: sent,
  };
}
