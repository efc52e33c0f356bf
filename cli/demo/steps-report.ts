/**
 * The end of the story: the alerts as the on-call person reads them (the subject and the
 * email text SNS sends an email subscriber of the same message), and a final status table.
 */
import { runAction, type StatusResult } from '../../shared/rotation/index.ts';
import type { DemoContext } from './context.ts';

interface OutboxMessage {
  messageId: string;
  messages: Record<string, string>;
}

/** Prints every alert the receiver got. Resolves the number of messages. */
export async function printAlerts(ctx: DemoContext): Promise<number> {
  const { p, world, receiver } = ctx;
  const outbox = (await world.control('GET', 'sns/outbox?wait=1')) as { messages: OutboxMessage[] };
  p.step(
    'The on-call inbox',
    `The receiver got ${receiver.received.length} SNS messages (a JSON document each, for machines). ` +
      'Below, each one as a person reads it: the subject and the text SNS sends an email subscriber.',
  );
  for (const [i, alert] of receiver.received.entries()) {
    const text = outbox.messages.find((m) => m.messageId === alert.messageId)?.messages.email ?? '';
    p.line();
    p.line(
      `--- message ${i + 1} of ${receiver.received.length} ---------------------------------------------`,
    );
    p.line(`Subject: ${alert.subject}`);
    p.line(`Attributes: severity=${alert.attributes.severity} kind=${alert.attributes.kind}`);
    p.line();
    for (const line of text.split('\n')) p.line(line);
  }
  return receiver.received.length;
}

/** Prints `sra status` as a table. */
export async function finalStatus(ctx: DemoContext): Promise<StatusResult> {
  const { p } = ctx;
  const result = (await runAction(ctx.deps('operator', 'cli:alice@example.com'), {
    action: 'status',
  })) as StatusResult;
  p.step(
    'sra status',
    'Per rotated secret: phase, versions and labels (cloak keys with their tags), next scheduled ' +
      'rotation, what blocks the next one; then each function’s last successful run.',
  );
  p.table(
    ['secret', 'phase', 'latest', 'current', 'previous', 'tags', 'next due', 'blocked by'],
    result.secrets.map((s) => [
      s.secret,
      s.view.phase,
      `v${s.view.latestVersion ?? '-'}`,
      s.view.currentVersion === undefined ? '-' : `v${s.view.currentVersion}`,
      s.view.previousVersion === undefined ? '-' : `v${s.view.previousVersion}`,
      s.view.labelled
        .map((v) => v.tag)
        .filter(Boolean)
        .join(' ') || '-',
      s.view.nextDue ?? 'off',
      s.blockedBy.length === 0 ? '-' : s.blockedBy.join('; '),
    ]),
  );
  p.line(`audited only: ${result.auditedOnly.join(', ')}`);
  const runs = Object.entries(result.lastRuns);
  p.line(`last successful runs: ${runs.map(([fn, at]) => `${fn} ${at}`).join(', ') || 'none'}`);
  return result;
}
