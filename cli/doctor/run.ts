/**
 * `sra doctor`: the design's pre-flight check of a deployment, each check independent so one
 * failure does not hide the others. Reads only; never prints a secret value.
 */
import { checkAppGrant } from './grant.ts';
import { checkIam, checkRuleState, checkTrail } from './not-served.ts';
import { checkParameters } from './parameters.ts';
import { checkTable, checkTopic } from './services.ts';
import { checkTwilio } from './twilio.ts';
import type { CheckResult, DoctorDeps } from './types.ts';

export interface DoctorReport {
  /** False when any check failed. */
  readonly ok: boolean;
  readonly checks: readonly CheckResult[];
}

/** Runs every check in order, calling `onCheck` after each. Never throws. */
export async function runDoctor(
  deps: DoctorDeps,
  onCheck: (check: CheckResult) => void = () => {},
): Promise<DoctorReport> {
  const checks: CheckResult[] = [];
  const add = (found: CheckResult | CheckResult[]) => {
    for (const check of Array.isArray(found) ? found : [found]) {
      checks.push(check);
      onCheck(check);
    }
  };
  add(await checkParameters(deps));
  add(checkAppGrant(deps));
  add(await checkTwilio(deps));
  add(await checkTable(deps));
  add(await checkTopic(deps));
  add(await checkTrail(deps));
  add(checkRuleState());
  add(checkIam());
  return { ok: checks.every((c) => c.status !== 'fail'), checks };
}

/** The report as lines for people. Never throws. */
export function formatDoctor(report: DoctorReport): string {
  const width = Math.max(...report.checks.map((c) => c.check.length));
  const lines = report.checks.flatMap((c) => [
    `${c.status.toUpperCase().padEnd(7)} ${c.check.padEnd(width)}  ${c.reason}`,
    ...(c.remedy === undefined ? [] : [`${' '.repeat(8 + width)}  -> ${c.remedy}`]),
  ]);
  const count = (s: string) => report.checks.filter((c) => c.status === s).length;
  lines.push(
    '',
    `${count('ok')} ok, ${count('warn')} warn, ${count('fail')} fail, ${count('skipped')} skipped`,
  );
  return `${lines.join('\n')}\n`;
}
