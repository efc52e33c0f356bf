/** GetParametersByPath and DescribeParameters: sorted by name, paged by `NextToken`. */
import { ValidationException } from '../core/aws-error.ts';
import { decodeToken, encodeToken } from '../core/paging.ts';
import { read, type SsmCall, type SsmOutcome } from './call.ts';
import { SSM_LIMITS } from './constants.ts';
import { InvalidNextToken } from './errors.ts';
import { matchesFilters, type ParameterFilter, readFilters } from './filters.ts';
import { type Body, maxResults, optionalBoolean, optionalString, requiredString } from './input.ts';
import { checkPath, underPath } from './names.ts';
import { latest, type ParameterVersion, type StoredParameter } from './store.ts';
import { metadataView, parameterView } from './views.ts';

interface Match {
  parameter: StoredParameter;
  version: ParameterVersion;
}

/** One page of `matches` after the token's name. Throws InvalidNextToken. */
function page(body: Body, scope: unknown, matches: Match[], limit: number) {
  const token = optionalString(body, 'NextToken');
  const after = token === undefined ? '' : decodeToken(token, scope);
  if (typeof after !== 'string') throw new InvalidNextToken();
  const remaining = matches.filter((match) => match.parameter.name > after);
  const items = remaining.slice(0, limit);
  const last = items.at(-1);
  const next =
    remaining.length > items.length && last ? { NextToken: encodeToken(scope, last.parameter.name) } : {};
  return { items, next };
}

/** With a `Label` filter, the version carrying the label; else the latest. */
function chosenVersion(parameter: StoredParameter, filters: ParameterFilter[]): ParameterVersion | undefined {
  const label = filters.find((filter) => filter.Key === 'Label');
  if (label === undefined) return latest(parameter);
  return parameter.versions.findLast((version) => version.labels.some((name) => label.Values.includes(name)));
}

/** One level below `Path`, or every level with `Recursive`. Throws ValidationException, InvalidFilter*, InvalidNextToken. */
export function getParametersByPath({ world, store, body }: SsmCall): SsmOutcome {
  const path = requiredString(body, 'Path');
  checkPath(path);
  const recursive = optionalBoolean(body, 'Recursive') ?? false;
  const decrypt = optionalBoolean(body, 'WithDecryption') ?? false;
  const filters = readFilters(body, 'ParameterFilters', ['Type', 'KeyId', 'Label']);
  const limit = maxResults(body, SSM_LIMITS.byPathMaxResults) ?? SSM_LIMITS.byPathMaxResults;
  const matches: Match[] = [];
  for (const parameter of store.list()) {
    if (!underPath(parameter.name, path, recursive)) continue;
    const version = chosenVersion(parameter, filters);
    if (version && matchesFilters(parameter, version, filters)) matches.push({ parameter, version });
  }
  const scope = { op: 'by-path', path, recursive, decrypt, filters, limit };
  const { items, next } = page(body, scope, matches, limit);
  const parameters = items.map(({ parameter, version }) => parameterView(world, parameter, version, decrypt));
  return read({ Parameters: parameters, ...next });
}

/** Metadata of the latest versions. Throws ValidationException, InvalidFilter*, InvalidNextToken. */
export function describeParameters({ world, store, body }: SsmCall): SsmOutcome {
  if (body.Filters !== undefined && body.ParameterFilters !== undefined) {
    throw new ValidationException('You can use either Filters or ParameterFilters in a single request.');
  }
  const legacy = readFilters(body, 'Filters', ['Name', 'Type', 'KeyId']).map((filter) =>
    filter.Key === 'Name' ? { ...filter, Option: 'BeginsWith' } : filter,
  );
  const filters = [
    ...legacy,
    ...readFilters(body, 'ParameterFilters', ['Path', 'Name', 'Type', 'KeyId', 'Tier']),
  ];
  const limit = maxResults(body, SSM_LIMITS.describeMaxResults) ?? SSM_LIMITS.describeDefaultResults;
  const matches = store
    .list()
    .map((parameter) => ({ parameter, version: latest(parameter) }))
    .filter(({ parameter, version }) => matchesFilters(parameter, version, filters));
  const { items, next } = page(body, { op: 'describe', filters, limit }, matches, limit);
  return read({
    Parameters: items.map(({ parameter, version }) => metadataView(world, parameter, version)),
    ...next,
  });
}
