/**
 * Aggregates alerts into as few Publish requests as SNS's size limit allows. Alerts are
 * grouped by severity (a message never mixes severities; most severe sent first) and, on
 * FIFO topics, by message group (secret). Within a group, each message takes as many
 * alerts, in order, as fit in 262,144 bytes; an alert too large on its own is summarised.
 */
import type { PublishCommandInput } from '@aws-sdk/client-sns';
import { SEVERITIES, type Severity, SNS_PUBLISH_LIMITS } from './constants.ts';
import { isFifoTopic, messageGroupId } from './fifo.ts';
import { buildPublishInput, publishInputBytes } from './message.ts';
import type { PreparedAlert } from './prepare.ts';
import { summarise } from './summarise.ts';

export interface PlannedMessage<A extends PreparedAlert> {
  readonly severity: Severity;
  readonly alerts: readonly A[];
  readonly input: PublishCommandInput;
}

function groups<A extends PreparedAlert>(topicArn: string, alerts: readonly A[]): A[][] {
  const fifo = isFifoTopic(topicArn);
  const byKey = new Map<string, A[]>();
  for (const alert of alerts) {
    const key = `${alert.severity}\n${fifo ? messageGroupId(alert.secrets) : ''}`;
    byKey.set(key, [...(byKey.get(key) ?? []), alert]);
  }
  const rank = (group: A[]) => SEVERITIES.indexOf(group[0]?.severity ?? 'info');
  return [...byKey.values()].sort((a, b) => rank(b) - rank(a));
}

/** Plans the messages for `alerts`; every alert is in exactly one message. Never throws. */
export function planMessages<A extends PreparedAlert>(
  topicArn: string,
  alerts: readonly A[],
): PlannedMessage<A>[] {
  const planned: PlannedMessage<A>[] = [];
  for (const group of groups(topicArn, alerts)) {
    const severity = group[0]?.severity ?? 'info';
    const fits = (batch: readonly A[]) =>
      publishInputBytes(buildPublishInput(topicArn, severity, batch)) <= SNS_PUBLISH_LIMITS.maxPublishBytes;
    const items = group.map((alert) => summarise(alert, (candidate) => fits([candidate])));
    let start = 0;
    while (start < items.length) {
      const count = largestBatch(items.length - start, (n) => fits(items.slice(start, start + n)));
      const batch = items.slice(start, start + count);
      planned.push({ severity, alerts: batch, input: buildPublishInput(topicArn, severity, batch) });
      start += count;
    }
  }
  return planned;
}

/** The largest n in [1, remaining] with ok(n), by doubling then bisecting; ok(1) is taken to hold. */
function largestBatch(remaining: number, ok: (n: number) => boolean): number {
  let good = 1;
  let bad = remaining + 1;
  while (good < remaining) {
    const next = Math.min(good * 2, remaining);
    if (!ok(next)) {
      bad = next;
      break;
    }
    good = next;
  }
  while (bad - good > 1) {
    const mid = Math.floor((good + bad) / 2);
    if (ok(mid)) good = mid;
    else bad = mid;
  }
  return good;
}
