/** GetParameter, GetParameters and GetParameterHistory. */
import { notNullMessage, ValidationException, validationMessage } from '../core/aws-error.ts';
import { decodeToken, encodeToken } from '../core/paging.ts';
import { read, type SsmCall, type SsmOutcome } from './call.ts';
import { SSM_LIMITS } from './constants.ts';
import { InvalidNextToken, ParameterNotFound, ParameterVersionNotFound } from './errors.ts';
import { maxResults, optionalBoolean, optionalString, optionalStringList, requiredString } from './input.ts';
import { canonicalKey, parseReference } from './names.ts';
import { historyView, parameterView } from './views.ts';

/** Throws ParameterNotFound, ParameterVersionNotFound, ValidationException. */
export function getParameter({ world, store, body }: SsmCall): SsmOutcome {
  const written = requiredString(body, 'Name');
  const decrypt = optionalBoolean(body, 'WithDecryption') ?? false;
  const found = store.resolve(parseReference(written, world.region, world.accountId), written);
  return read({ Parameter: parameterView(world, found.parameter, found.version, decrypt, found.selector) });
}

/** Unknown names, versions and labels come back in `InvalidParameters`. Throws ValidationException. */
export function getParameters({ world, store, body }: SsmCall): SsmOutcome {
  const names = optionalStringList(body, 'Names');
  if (names === undefined) throw new ValidationException(notNullMessage('names'));
  const listed = `[${names.join(', ')}]`;
  if (names.length < 1 || names.length > SSM_LIMITS.getParametersMaxNames) {
    const bound =
      names.length < 1
        ? 'greater than or equal to 1'
        : `less than or equal to ${SSM_LIMITS.getParametersMaxNames}`;
    throw new ValidationException(validationMessage(listed, 'names', `Member must have length ${bound}`));
  }
  const decrypt = optionalBoolean(body, 'WithDecryption') ?? false;
  const parameters: Record<string, unknown>[] = [];
  const invalid: string[] = [];
  for (const written of new Set(names)) {
    try {
      const found = store.resolve(parseReference(written, world.region, world.accountId), written);
      parameters.push(parameterView(world, found.parameter, found.version, decrypt, found.selector));
    } catch (error) {
      if (!(error instanceof ParameterNotFound || error instanceof ParameterVersionNotFound)) throw error;
      invalid.push(written);
    }
  }
  return read({ Parameters: parameters, InvalidParameters: invalid });
}

/** Oldest first, `MaxResults` up to 50. Throws ParameterNotFound, InvalidNextToken, ValidationException. */
export function getParameterHistory({ world, store, body }: SsmCall): SsmOutcome {
  const written = requiredString(body, 'Name');
  const decrypt = optionalBoolean(body, 'WithDecryption') ?? false;
  const limit = maxResults(body, SSM_LIMITS.historyMaxResults) ?? SSM_LIMITS.historyMaxResults;
  const reference = parseReference(written, world.region, world.accountId);
  if (reference.selector !== undefined || reference.foreign) throw new ParameterNotFound();
  const parameter = store.require(reference.name);
  const scope = { op: 'history', name: canonicalKey(reference.name), decrypt, limit };
  const token = optionalString(body, 'NextToken');
  const after = token === undefined ? 0 : decodeToken(token, scope);
  if (typeof after !== 'number') throw new InvalidNextToken();
  const remaining = parameter.versions.filter((version) => version.version > after);
  const page = remaining.slice(0, limit);
  const last = page.at(-1);
  const next = remaining.length > page.length && last ? { NextToken: encodeToken(scope, last.version) } : {};
  return read({
    Parameters: page.map((version) => historyView(world, parameter, version, decrypt)),
    ...next,
  });
}
