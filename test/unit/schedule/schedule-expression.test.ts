import { describe, expect, it } from 'vitest';
import { checkScheduleExpression } from '../../../shared/schedule/index.ts';

describe('checkScheduleExpression rate (C-16)', () => {
  it.each(['rate(1 day)', 'rate(7 days)', 'rate(1 hour)', 'rate(15 minutes)', 'rate(1 minute)'])(
    'accepts %s',
    (e) => {
      expect(checkScheduleExpression(e)).toEqual({ ok: true });
    },
  );

  it('rejects rate(1 days), stating the singular and plural rule', () => {
    expect(checkScheduleExpression('rate(1 days)')).toEqual({
      ok: false,
      message:
        'schedule "rate(1 days)" is invalid: the unit is singular for a value of 1 and plural otherwise: write rate(1 day)',
    });
  });

  it('rejects rate(7 day), stating the singular and plural rule', () => {
    expect(checkScheduleExpression('rate(7 day)')).toEqual({
      ok: false,
      message:
        'schedule "rate(7 day)" is invalid: the unit is singular for a value of 1 and plural otherwise: write rate(7 days)',
    });
  });

  it.each([
    ['rate(0 days)', 'a rate is a positive whole number and a unit, e.g. rate(15 minutes)'],
    ['rate(1.5 hours)', 'a rate is a positive whole number and a unit, e.g. rate(15 minutes)'],
    ['rate(2 weeks)', 'unknown unit "weeks": use minute(s), hour(s) or day(s)'],
  ])('rejects %s', (e, reason) => {
    expect(checkScheduleExpression(e)).toEqual({
      ok: false,
      message: `schedule "${e}" is invalid: ${reason}`,
    });
  });
});

describe('checkScheduleExpression cron', () => {
  it.each([
    'cron(0 3 * * ? *)',
    'cron(15 10 ? * MON-FRI *)',
    'cron(0/15 * * * ? *)',
    'cron(0 12 L * ? 2027)',
    'cron(0 8 ? * 2#1 *)',
  ])('accepts %s', (e) => {
    expect(checkScheduleExpression(e)).toEqual({ ok: true });
  });

  it('refuses both day fields set', () => {
    expect(checkScheduleExpression('cron(0 3 1 * MON *)')).toEqual({
      ok: false,
      message:
        'schedule "cron(0 3 1 * MON *)" is invalid: exactly one of day-of-month and day-of-week must be "?" (EventBridge cannot use both)',
    });
  });

  it('refuses both day fields "?"', () => {
    expect(checkScheduleExpression('cron(0 3 ? * ? *)').ok).toBe(false);
  });

  it('refuses five fields, counting them', () => {
    expect(checkScheduleExpression('cron(0 3 * * ?)')).toEqual({
      ok: false,
      message:
        'schedule "cron(0 3 * * ?)" is invalid: a cron has six fields (minutes hours day-of-month month day-of-week year), found 5',
    });
  });

  it('refuses an hour out of range, naming the field', () => {
    expect(checkScheduleExpression('cron(0 24 * * ? *)')).toEqual({
      ok: false,
      message: 'schedule "cron(0 24 * * ? *)" is invalid: hours field "24" is not valid (0-23, with , - * /)',
    });
  });

  it('rejects text that is neither rate nor cron', () => {
    expect(checkScheduleExpression('every hour').ok).toBe(false);
  });
});
