/**
 * EventBridge schedule expressions, checked before deployment (case C-16): CloudFormation
 * accepts a malformed expression and the rule then fails at deploy time, or never fires.
 *
 * - `rate(value unit)`: value a positive whole number; unit `minute`, `hour` or `day`,
 *   singular when the value is 1 and plural otherwise (`rate(1 day)`, `rate(7 days)`).
 * - `cron(minutes hours day-of-month month day-of-week year)`: six fields; exactly one of
 *   day-of-month and day-of-week is `?` (EventBridge cannot take both).
 */
import { checkCronFields } from './cron-fields.ts';

export type ScheduleCheck = { ok: true } | { ok: false; message: string };

const RATE = /^rate\((.*)\)$/;
const CRON = /^cron\((.*)\)$/;
const UNITS = ['minute', 'hour', 'day'] as const;

/** Checks one schedule expression. Never throws. */
export function checkScheduleExpression(expression: string): ScheduleCheck {
  const rate = RATE.exec(expression);
  if (rate) return checkRate(expression, rate[1] ?? '');
  const cron = CRON.exec(expression);
  if (cron) return checkCron(expression, cron[1] ?? '');
  return fail(
    expression,
    'must be rate(value unit) or cron(minutes hours day-of-month month day-of-week year)',
  );
}

function checkRate(expression: string, body: string): ScheduleCheck {
  const match = /^([1-9][0-9]*) ([a-z]+)$/.exec(body);
  if (!match) return fail(expression, 'a rate is a positive whole number and a unit, e.g. rate(15 minutes)');
  const value = Number(match[1]);
  const unit = match[2] ?? '';
  const singular = unit.endsWith('s') ? unit.slice(0, -1) : unit;
  if (!(UNITS as readonly string[]).includes(singular)) {
    return fail(expression, `unknown unit "${unit}": use minute(s), hour(s) or day(s)`);
  }
  const expected = value === 1 ? singular : `${singular}s`;
  if (unit !== expected) {
    return fail(
      expression,
      `the unit is singular for a value of 1 and plural otherwise: write rate(${value} ${expected})`,
    );
  }
  return { ok: true };
}

function checkCron(expression: string, body: string): ScheduleCheck {
  const fields = body.split(' ');
  if (fields.length !== 6) {
    return fail(
      expression,
      `a cron has six fields (minutes hours day-of-month month day-of-week year), found ${fields.length}`,
    );
  }
  const problem = checkCronFields(fields as [string, string, string, string, string, string]);
  return problem === undefined ? { ok: true } : fail(expression, problem);
}

function fail(expression: string, reason: string): ScheduleCheck {
  return { ok: false, message: `schedule "${expression}" is invalid: ${reason}` };
}
