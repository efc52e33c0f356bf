/**
 * `ParameterFilters` of DescribeParameters and GetParametersByPath: which keys each API
 * accepts, their options, and whether a parameter version matches.
 */
import { SerializationException } from '../core/aws-error.ts';
import { InvalidFilterKey, InvalidFilterOption, InvalidFilterValue } from './errors.ts';
import type { Body } from './input.ts';
import { checkPath, underPath } from './names.ts';
import type { ParameterVersion, StoredParameter } from './store.ts';

export interface ParameterFilter {
  Key: string;
  Option: string;
  Values: string[];
}

const OPTIONS: Record<string, string[]> = {
  Name: ['Equals', 'BeginsWith', 'Contains'],
  Path: ['OneLevel', 'Recursive'],
  Label: ['Equals'],
};

/** Reads and checks the filters; only `allowed` keys (and `tag:*`) are accepted. */
export function readFilters(body: Body, member: string, allowed: readonly string[]): ParameterFilter[] {
  const raw = body[member];
  if (raw === undefined || raw === null) return [];
  if (!Array.isArray(raw)) throw new SerializationException(`Expected a list for ${member}`);
  const seen = new Set<string>();
  return raw.map((item: { Key?: unknown; Option?: unknown; Values?: unknown }) => {
    const key = String(item?.Key ?? '');
    if (!allowed.includes(key) && !key.startsWith('tag:')) {
      throw new InvalidFilterKey(
        `The following filter key is not valid: ${key}. Valid filter keys include: [${allowed.join(', ')}].`,
      );
    }
    if (seen.has(key)) {
      throw new InvalidFilterKey(
        `The following filter is duplicated in the request: ${key}. A request can contain only one occurrence of a specific filter.`,
      );
    }
    seen.add(key);
    const values = Array.isArray(item.Values) ? item.Values.map(String) : [];
    if (values.length === 0) {
      throw new InvalidFilterValue(`The following filter values are missing : null for filter key ${key}.`);
    }
    const options = OPTIONS[key] ?? ['Equals', 'BeginsWith'];
    const option = item.Option === undefined ? (key === 'Path' ? 'OneLevel' : 'Equals') : String(item.Option);
    if (!options.includes(option)) {
      throw new InvalidFilterOption(
        `The following filter option is not valid: ${option}. Valid options include: [${options.join(', ')}].`,
      );
    }
    if (key === 'Path') for (const value of values) checkPath(value);
    return { Key: key, Option: option, Values: values };
  });
}

function slashed(name: string): string {
  return `/${name.replace(/^\//, '')}`;
}

function compare(option: string, actual: string | undefined, values: string[], slash = false): boolean {
  if (actual === undefined) return false;
  const subject = slash ? slashed(actual) : actual;
  return values.some((raw) => {
    const value = slash && option !== 'Contains' ? slashed(raw) : raw;
    if (option === 'BeginsWith') return subject.startsWith(value);
    if (option === 'Contains') return subject.includes(value);
    return subject === value;
  });
}

/** Whether `version` of `parameter` passes every filter (labels are chosen by the caller). */
export function matchesFilters(
  parameter: StoredParameter,
  version: ParameterVersion,
  filters: ParameterFilter[],
): boolean {
  return filters.every(({ Key, Option, Values }) => {
    switch (Key) {
      case 'Name':
        return compare(Option, parameter.name, Values, true);
      case 'Path':
        return Values.some((path) => underPath(parameter.name, path, Option === 'Recursive'));
      case 'Type':
        return compare(Option, version.type, Values);
      case 'KeyId':
        return compare(Option, version.keyId, Values);
      case 'Tier':
        return compare(Option, version.tier, Values);
      case 'Label':
        return version.labels.some((label) => Values.includes(label));
      default:
        return false;
    }
  });
}
