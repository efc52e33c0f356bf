/**
 * `sra audit`: who read or wrote the managed secrets, from CloudTrail log files the operator
 * downloaded (`--logs PATH...`: files or directories, plain or gzip) or from LookupEvents
 * (`--since 24h`, or `--from TIME [--to TIME]`, under the shared LookupEvents lease).
 * Findings are printed as a table, or as the JSON report with `--json`. Alerts are sent only
 * with `--alert`; without it nothing is written to the ops table.
 *
 * Exit codes (`cli/exit-codes.ts`): 0 no findings; 1 findings; 2 bad usage or
 * configuration (nothing was read); 3 failed (LookupEvents or the ops table failed, or the
 * LookupEvents lease stayed held by another caller).
 */
import type { Command } from 'commander';
import {
  type AuditReport,
  auditAlerts,
  auditLogFiles,
  createAuditEngine,
  logsReport,
  noAlerts,
  OfflineInputError,
  publishFindings,
  runSweep,
  SweepWindowError,
  windowReport,
} from '../../shared/audit/index.ts';
import { systemClock } from '../../shared/clock/index.ts';
import type { Config } from '../../shared/config/index.ts';
import { EXIT } from '../exit-codes.ts';
import type { CliContext } from '../program.ts';
import { type AuditFlags, type AuditRequest, auditRequest } from './audit-args.ts';
import { cliAuditDeps } from './audit-deps.ts';
import { formatReport } from './audit-output.ts';
import { createProgress } from './audit-progress.ts';

/** Registers `sra audit` on `program`. */
export function registerAuditCommand(program: Command, context: CliContext): void {
  program
    .command('audit')
    .description('find reads and writes of the managed secrets in CloudTrail (log files or LookupEvents)')
    .option('--logs <paths...>', 'CloudTrail log files, saved LookupEvents answers, or directories of them')
    .option('--since <duration>', 'read LookupEvents from this long ago until now, e.g. 24h')
    .option('--from <time>', 'read LookupEvents from this ISO 8601 time')
    .option('--to <time>', 'until this ISO 8601 time (default: now)')
    .option('--json', 'print the JSON report (schema in docs/audit.md)')
    .option('--alert', 'send alerts for the findings (off by default: nothing is written to the ops table)')
    .option(
      '--dry-run',
      'send no alert and write nothing, even with --alert (the findings are still reported)',
    )
    .action((flags: AuditFlags) => runAudit(context, flags));
}

async function runAudit(context: CliContext, flags: AuditFlags): Promise<void> {
  const parsed = auditRequest(flags);
  if (!parsed.ok) return usage(parsed.message);
  const config = context.config();
  try {
    const report =
      parsed.request.kind === 'logs'
        ? await auditLogs(config, parsed.request)
        : await auditWindow(config, parsed.request);
    if (report === undefined) return;
    context.out(flags.json ? `${JSON.stringify(report, null, 2)}\n` : formatReport(report));
    process.exitCode = report.findings.length > 0 ? EXIT.attention : EXIT.ok;
  } catch (error) {
    if (error instanceof OfflineInputError || error instanceof SweepWindowError) return usage(error.message);
    throw error;
  }
}

async function auditLogs(
  config: Config,
  request: Extract<AuditRequest, { kind: 'logs' }>,
): Promise<AuditReport> {
  const progress = createProgress(process.stderr, systemClock);
  const result = await auditLogFiles(request.paths, {
    layout: config.layout,
    engine: createAuditEngine({ policy: config.audit }),
    onProgress: (p) =>
      progress.update(`sra audit: file ${Math.min(p.filesDone + 1, p.files)}/${p.files}, ${p.read} records`),
  }).finally(() => progress.done());
  if (!request.alert) return logsReport(result, noAlerts('off'));
  const deps = await cliAuditDeps(config);
  try {
    const alerts = auditAlerts({
      enabled: true,
      topicArn: config.topic.arn,
      sns: deps.clients.sns,
      ops: deps.ops,
      reNotifyIntervalMs: config.rotation.reNotifyIntervalMs,
    });
    return logsReport(result, await publishFindings(alerts, result.findings));
  } finally {
    deps.close();
  }
}

async function auditWindow(
  config: Config,
  request: Extract<AuditRequest, { kind: 'window' }>,
): Promise<AuditReport | undefined> {
  const deps = await cliAuditDeps(config);
  const progress = createProgress(process.stderr, deps.clock);
  try {
    const now = deps.clock.now();
    const from = request.from ?? new Date(now.getTime() - (request.sinceMs ?? 0));
    const { summary, findings } = await runSweep(
      {
        config,
        cloudTrail: deps.clients.cloudTrail,
        ops: deps.ops,
        sns: deps.clients.sns,
        clock: deps.clock,
        owner: deps.owner,
      },
      { mode: 'window', from, to: request.to ?? now, alert: request.alert },
      { onProgress: (p) => progress.update(`sra audit: ${p.pages} pages, ${p.events} events`) },
    );
    progress.done();
    if (summary.outcome === 'lease-held') {
      const by = summary.leaseHeldBy;
      process.stderr.write(
        `sra: another audit holds the LookupEvents lease${by ? ` (${by.owner} until ${by.until})` : ''}; try again later\n`,
      );
      process.exitCode = EXIT.failed;
      return undefined;
    }
    return windowReport(summary, findings);
  } finally {
    progress.done();
    deps.close();
  }
}

function usage(message: string): void {
  process.stderr.write(`sra audit: ${message}\n(run sra audit --help for usage)\n`);
  process.exitCode = EXIT.usage;
}
