/** The six fields of an EventBridge cron expression, each checked against its range and wildcards. */

const MONTHS = ['JAN', 'FEB', 'MAR', 'APR', 'MAY', 'JUN', 'JUL', 'AUG', 'SEP', 'OCT', 'NOV', 'DEC'];
const DAYS = ['SUN', 'MON', 'TUE', 'WED', 'THU', 'FRI', 'SAT'];

interface FieldSpec {
  name: string;
  min: number;
  max: number;
  names?: readonly string[];
  /** Extra single tokens allowed in this field (`L`, `W` forms, `#`). */
  special?: RegExp;
}

const SPECS: readonly FieldSpec[] = [
  { name: 'minutes', min: 0, max: 59 },
  { name: 'hours', min: 0, max: 23 },
  { name: 'day-of-month', min: 1, max: 31, special: /^(L|LW|([1-9]|[12][0-9]|3[01])W)$/ },
  { name: 'month', min: 1, max: 12, names: MONTHS },
  { name: 'day-of-week', min: 1, max: 7, names: DAYS, special: /^(L|[1-7]L|[1-7]#[1-5])$/ },
  { name: 'year', min: 1970, max: 2199 },
];

/** Returns what is wrong with the fields, or undefined when they are valid. Never throws. */
export function checkCronFields(
  fields: readonly [string, string, string, string, string, string],
): string | undefined {
  const [, , dayOfMonth, , dayOfWeek] = fields;
  if ((dayOfMonth === '?') === (dayOfWeek === '?')) {
    return 'exactly one of day-of-month and day-of-week must be "?" (EventBridge cannot use both)';
  }
  for (const [i, spec] of SPECS.entries()) {
    const field = fields[i] ?? '';
    if (field === '?' && (spec.name === 'day-of-month' || spec.name === 'day-of-week')) continue;
    if (!validField(field, spec)) return `${spec.name} field "${field}" is not valid (${describe(spec)})`;
  }
  return undefined;
}

function validField(field: string, spec: FieldSpec): boolean {
  return field.split(',').every((part) => validPart(part, spec));
}

function validPart(part: string, spec: FieldSpec): boolean {
  if (spec.special?.test(part)) return true;
  const [range, step, ...rest] = part.split('/');
  if (rest.length > 0 || range === undefined) return false;
  if (step !== undefined && !(/^[0-9]+$/.test(step) && Number(step) >= 1)) return false;
  if (range === '*') return true;
  const bounds = range.split('-');
  if (bounds.length > 2) return false;
  const values = bounds.map((b) => value(b, spec));
  if (values.some((v) => v === undefined)) return false;
  return true;
}

function value(token: string, spec: FieldSpec): number | undefined {
  const named = spec.names?.indexOf(token.toUpperCase()) ?? -1;
  if (named >= 0) return named + 1;
  if (!/^[0-9]+$/.test(token)) return undefined;
  const n = Number(token);
  return n >= spec.min && n <= spec.max ? n : undefined;
}

function describe(spec: FieldSpec): string {
  const names = spec.names ? ` or ${spec.names[0]}-${spec.names[spec.names.length - 1]}` : '';
  return `${spec.min}-${spec.max}${names}, with , - * /`;
}
