/** How `sra audit` prints its report for people (`--json` prints the report as it is). */
import type { AlertCounts, AuditReport, FindingView } from '../../shared/audit/index.ts';

/** Evidence ids printed per finding (the JSON report has up to 20). */
const EVIDENCE_SHOWN = 5;

/** The readable report: what was read, a table of findings, their details, skipped records, alerts. Never throws. */
export function formatReport(report: AuditReport): string {
  const lines = [readLine(report)];
  if (report.findings.length === 0) lines.push('', 'No findings.');
  else {
    lines.push('', `${report.findings.length} finding${report.findings.length === 1 ? '' : 's'}:`, '');
    lines.push(...findingsTable(report.findings));
    report.findings.forEach((f, i) => {
      lines.push('', ...findingDetails(f, i + 1));
    });
  }
  if (report.skipped.length > 0) {
    lines.push(
      '',
      `Skipped records${report.skipped.length < report.counts.skipped ? ` (first ${report.skipped.length})` : ''}:`,
    );
    for (const s of report.skipped) {
      const at = s.index === undefined ? s.file : `${s.file} #${s.index}`;
      lines.push(`  ${at}: ${s.reason}: ${s.detail}`);
    }
  }
  lines.push('', alertsLine(report.alerts));
  return `${lines.join('\n')}\n`;
}

function readLine(report: AuditReport): string {
  const { counts } = report;
  const skipped =
    counts.skipped === 0
      ? 'none skipped'
      : `${counts.skipped} skipped (${Object.entries(counts.skippedByReason)
          .sort((a, b) => b[1] - a[1])
          .map(([reason, n]) => `${n} ${reason}`)
          .join(', ')})`;
  const source =
    report.source === 'logs'
      ? `${counts.files} file${counts.files === 1 ? '' : 's'}`
      : `LookupEvents ${report.window?.start} to ${report.window?.end} (${report.lookupEvents?.calls} calls)`;
  const duplicates = counts.duplicates > 0 ? `, ${counts.duplicates} duplicates` : '';
  return `Audited ${source}: ${counts.read} records read, ${counts.records} evaluated${duplicates}, ${skipped}.`;
}

function findingsTable(findings: readonly FindingView[]): string[] {
  const header = ['#', 'SEVERITY', 'RULE', 'PRINCIPAL', 'SECRETS', 'FIRST SEEN', 'EVENTS'];
  const rows = findings.map((f, i) => [
    String(i + 1),
    f.severity,
    f.rule,
    f.principal.arn,
    f.secrets.length === 0 ? '-' : f.secrets.join(','),
    f.firstSeen,
    String(f.evidenceCount),
  ]);
  const widths = header.map((h, c) => Math.max(h.length, ...rows.map((r) => (r[c] ?? '').length)));
  const line = (cells: readonly string[]) =>
    `  ${cells.map((cell, c) => (c === cells.length - 1 ? cell : cell.padEnd(widths[c] ?? 0))).join('  ')}`;
  return [line(header), ...rows.map(line)];
}

function findingDetails(f: FindingView, n: number): string[] {
  const shown = f.evidence.slice(0, EVIDENCE_SHOWN);
  const more = f.evidenceCount - shown.length;
  const session = f.principal.sessionName === undefined ? '' : `, session ${f.principal.sessionName}`;
  return [
    `${n}. [${f.severity}] ${f.title}`,
    `   ${f.summary}`,
    `   principal: ${f.principal.arn} (${f.principal.type}, ${f.principal.group}${session})`,
    `   parameters: ${f.parameters.length === 0 ? '-' : f.parameters.join(', ')}`,
    `   when: ${f.firstSeen === f.lastSeen ? f.firstSeen : `${f.firstSeen} to ${f.lastSeen}`}`,
    `   evidence: ${shown.join(', ')}${more > 0 ? ` (+${more} more)` : ''}`,
  ];
}

function alertsLine(alerts: AlertCounts): string {
  if (alerts.alerting === 'off') return 'Alerts: not sent (add --alert to send them).';
  if (alerts.alerting === 'no-topic') return 'Alerts: not sent: no topic configured (SRA_TOPIC_ARN).';
  return `Alerts: ${alerts.delivered} delivered, ${alerts.suppressed} already sent, ${alerts.pending} pending.`;
}
