/** How `sra` prints rotation results for people (`--json` prints them as they are). */
import type { ActionResult, SecretStatus, SecretView, StatusResult } from '../../shared/rotation/index.ts';

/** The lines of an action's result. Never throws. */
export function formatAction(result: ActionResult): string {
  const head = `${result.action} ${result.secret}: ${result.outcome}${result.rotationId ? ` (rotation ${result.rotationId})` : ''}`;
  const lines = [head];
  for (const line of result.done) lines.push(`  - ${line}`);
  for (const line of result.wouldDo ?? []) lines.push(`  would: ${line}`);
  for (const line of result.notDone ?? []) lines.push(`  not done: ${line}`);
  for (const line of result.warnings) lines.push(`  warning: ${line}`);
  if (result.view) lines.push(...formatView(result.view));
  if (result.alerts.length > 0)
    lines.push(`  alerts: ${result.alerts.map((a) => `${a.kind} ${a.status}`).join(', ')}`);
  if (result.error) {
    lines.push(`  error: ${result.error.code}: ${result.error.message}`);
    if (result.error.remedy) lines.push(`  remedy: ${result.error.remedy}`);
  }
  if (result.lockReleased === false)
    lines.push('  warning: the lock was not released; it expires with its lease');
  return `${lines.join('\n')}\n`;
}

/** The lines of `status`. Never throws. */
export function formatStatus(result: StatusResult): string {
  const lines: string[] = [];
  for (const s of result.secrets) lines.push(...formatSecret(s), '');
  if (result.auditedOnly.length > 0)
    lines.push(`audited only (not rotated): ${result.auditedOnly.join(', ')}`);
  const runs = Object.entries(result.lastRuns);
  lines.push(
    `last successful runs: ${runs.length === 0 ? 'none recorded' : runs.map(([fn, at]) => `${fn} ${at}`).join(', ')}`,
  );
  return `${lines.join('\n')}\n`;
}

function formatSecret(s: SecretStatus): string[] {
  const lines = [`${s.secret} (${s.strategy}) ${s.name}`, ...formatView(s.view)];
  if (s.currentAgeHours !== undefined) lines.push(`  current is ${s.currentAgeHours} h old`);
  if (s.state.startedAt && s.view.phase !== 'idle') lines.push(`  started ${s.state.startedAt}`);
  if (s.retirementDue) lines.push(`  retirement due ${s.retirementDue}`);
  if (s.state.lastError)
    lines.push(
      `  last error: ${s.state.lastError.step} ${s.state.lastError.code}: ${s.state.lastError.message}`,
    );
  if (s.pendingValue) lines.push('  a pending value exists');
  if (s.lock)
    lines.push(`  lock: ${s.lock.owner} until ${s.lock.leaseUntil}${s.lock.live ? '' : ' (expired)'}`);
  for (const b of s.blockedBy) lines.push(`  blocked: ${b}`);
  for (const a of s.attention) lines.push(`  needs attention: ${a}`);
  for (const w of s.warnings) lines.push(`  warning: ${w}`);
  return lines;
}

function formatView(view: SecretView): string[] {
  const versions = view.labelled.map((v) => `v${v.version} ${v.labels.join('+')}${v.tag ? ` ${v.tag}` : ''}`);
  return [
    `  phase ${view.phase}${view.rotationId ? ` (rotation ${view.rotationId})` : ''}, latest v${view.latestVersion ?? '-'}`,
    `  labelled: ${versions.length === 0 ? 'none' : versions.join('; ')}`,
    `  next scheduled rotation: ${view.nextDue ?? 'off'}`,
  ];
}
