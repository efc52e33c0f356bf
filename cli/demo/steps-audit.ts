/**
 * The audit part of the story: an unknown principal reads the cloak key with decryption and
 * makes a recursive read of the whole root; the audit sweep function finds exactly those
 * two, and nothing for the application's, the tool's and the operator's own calls.
 */
import { GetParameterCommand, GetParametersByPathCommand } from '@aws-sdk/client-ssm';
import type { AuditSweepAnswer } from '../../functions/audit-sweep.ts';
import { AUDIT_RULE_IDS } from '../../shared/audit/rules/constants.ts';
import { type DemoContext, lambdaContext } from './context.ts';

/** The stranger's two reads. */
export async function strangerReads(ctx: DemoContext): Promise<void> {
  const { p, world } = ctx;
  const layout = world.config.layout;
  const ssm = world.as('stranger').ssm;
  p.step(
    'An unknown principal reads the secrets',
    'A CI role with an over-broad grant (on none of the audit policy lists) reads the cloak key ' +
      'with decryption, then reads everything under the root in one recursive call.',
  );
  const cloak = layout.canonicalName('cloak-key');
  const one = await ssm.send(new GetParameterCommand({ Name: cloak, WithDecryption: true }));
  p.line(`GetParameter ${cloak} WithDecryption: version ${one.Parameter?.Version} returned`);
  const root = layout.appPrefix();
  const all = await ssm.send(
    new GetParametersByPathCommand({ Path: root, Recursive: true, WithDecryption: true }),
  );
  p.line(
    `GetParametersByPath ${root} Recursive WithDecryption: ${all.Parameters?.length ?? 0} parameters returned`,
  );
}

/** The daily reconciliation sweep over the last 25 hours: the whole story's CloudTrail records. */
export async function auditSweep(ctx: DemoContext): Promise<AuditSweepAnswer> {
  const { p, world } = ctx;
  p.step(
    'The audit sweep reads CloudTrail',
    'The daily reconciliation sweep (the audit function, tool role) reads LookupEvents over the last ' +
      `${world.config.auditSweep.reconcileLookbackMs / 3_600_000} h: every call of this story. The ` +
      "application's, the tool's and the operator's calls match the policy and raise nothing.",
  );
  const answer = (await ctx.sweep(
    { mode: 'reconcile' },
    lambdaContext('auditSweep') as never,
  )) as AuditSweepAnswer;
  p.line(
    `window ${answer.window?.start} .. ${answer.window?.end}: ${answer.events} events in ${answer.calls} LookupEvents call(s), outcome ${answer.outcome}`,
  );
  await printCallers(ctx);
  const findings = Object.entries(answer.findings);
  p.line(
    `findings: ${findings.length === 0 ? 'none' : findings.map(([rule, n]) => `${rule} ${n}`).join(', ')}`,
  );
  const a = answer.alerts;
  p.line(`alerts: ${a.delivered} delivered, ${a.suppressed} suppressed, ${a.pending} pending`);
  await world.control('GET', 'sns/outbox?wait=1');
  const rows = auditAlerts(ctx).map((x) => [
    x.kind,
    x.facts.eventName ?? '-',
    x.evidence.join(' '),
    roleOf(x.facts.principal),
  ]);
  p.table(['rule', 'call', 'CloudTrail event', 'principal'], rows);
  p.line(
    `${new Set(rows.map((r) => r[2])).size} CloudTrail events, both the unknown principal's: the recursive read is both a bulk read and an unknown principal's read.`,
  );
  return answer;
}

interface AlertItem {
  kind: string;
  evidence: string[];
  facts: Record<string, string | undefined>;
}

/** The audit alerts the receiver got (kinds named after audit rules). */
function auditAlerts(ctx: DemoContext): AlertItem[] {
  const rules = new Set<string>(AUDIT_RULE_IDS);
  return ctx.receiver.received
    .flatMap((r) => (JSON.parse(r.document) as { alerts: AlertItem[] }).alerts)
    .filter((x) => rules.has(x.kind));
}

/** The calls CloudTrail recorded in this story, by the caller's role. */
async function printCallers(ctx: DemoContext): Promise<void> {
  const { records } = (await ctx.world.control('GET', 'cloudtrail/records')) as {
    records: { record: { userIdentity?: { sessionContext?: { sessionIssuer?: { arn?: string } } } } }[];
  };
  const counts = new Map<string, number>();
  for (const { record } of records) {
    const role = roleOf(record.userIdentity?.sessionContext?.sessionIssuer?.arn);
    counts.set(role, (counts.get(role) ?? 0) + 1);
  }
  ctx.p.line(`calls recorded, by role: ${[...counts].map(([role, n]) => `${role} ${n}`).join(', ')}`);
}

function roleOf(arn: string | undefined): string {
  return arn === undefined ? '(other)' : arn.slice(arn.lastIndexOf('/') + 1);
}
