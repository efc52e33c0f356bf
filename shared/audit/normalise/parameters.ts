/**
 * The parameters a call touched: from `requestParameters` (a name, a list of names, a path,
 * a tagged resource), or, when a failed call logged no request (a denial), from the
 * parameter ARNs inside `errorMessage`. Every name goes through the parameter-path module.
 */
import { parameterArnsInText } from '../../parameter-paths/index.ts';
import { MAX_NAMES_PER_CALL, type RequestShape, SKIP_REASONS } from '../constants.ts';
import type { ParameterAccess, PathRead, SkipReason } from '../types.ts';
import type { JsonObject } from './fields.ts';
import type { Resolver } from './resolver.ts';

/** What a call touched, or why the record cannot be normalised. */
export type Touched =
  | { ok: true; parameters: ParameterAccess[]; path?: PathRead }
  | { ok: false; reason: SkipReason; detail: string };

const RESOURCE_TYPE_PARAMETER = 'Parameter';

/**
 * Reads the touched parameters of a request of the given shape. With no request object
 * (`requestParameters: null`), the names come from the ARNs in `errorMessage`: a path ARN
 * for `GetParametersByPath` (taken as recursive, the widest reach), names otherwise; an ARN
 * that does not parse is left out. Never throws.
 */
export function touchedBy(
  resolver: Resolver,
  shape: RequestShape,
  request: JsonObject | undefined,
  errorMessage: string | undefined,
): Touched {
  if (request === undefined) return fromErrorMessage(resolver, shape, errorMessage ?? '');
  switch (shape) {
    case 'none':
      return { ok: true, parameters: [] };
    case 'name':
      return fromNames(resolver, [request.name], 'requestParameters.name');
    case 'names':
      return fromNameList(resolver, request.names);
    case 'path':
      return fromPath(resolver, request.path, request.recursive === true);
    case 'resource':
      if (request.resourceType !== RESOURCE_TYPE_PARAMETER) {
        return { ok: false, reason: SKIP_REASONS.notParameterEvent, detail: 'resourceType is not Parameter' };
      }
      return fromNames(resolver, [request.resourceId], 'requestParameters.resourceId');
  }
}

function fromNameList(resolver: Resolver, names: unknown): Touched {
  if (!Array.isArray(names) || names.length === 0) {
    return invalid('requestParameters.names is not a list of 1 to 10 names');
  }
  if (names.length > MAX_NAMES_PER_CALL) {
    return invalid(`requestParameters.names has ${names.length} names; the API accepts at most 10`);
  }
  return fromNames(resolver, names, 'requestParameters.names');
}

function fromNames(resolver: Resolver, inputs: readonly unknown[], field: string): Touched {
  const parameters: ParameterAccess[] = [];
  for (const input of inputs) {
    if (typeof input !== 'string') return invalid(`${field} is not text`);
    const resolved = resolver.reference(input);
    if (!resolved.ok) return invalid(`${field}: ${resolved.message}`);
    parameters.push(access(input, resolved.value, 'request'));
  }
  return { ok: true, parameters };
}

function fromPath(resolver: Resolver, path: unknown, recursive: boolean): Touched {
  if (typeof path !== 'string') return invalid('requestParameters.path is not text');
  const covered = resolver.path(path, recursive);
  if (!covered.ok) return invalid(`requestParameters.path: ${covered.message}`);
  return { ok: true, parameters: [], path: pathRead(path, recursive, covered.value) };
}

function fromErrorMessage(resolver: Resolver, shape: RequestShape, message: string): Touched {
  const arns = message === '' ? [] : parameterArnsInText(message);
  if (shape === 'path') {
    const [arn] = arns;
    const covered = arn === undefined ? undefined : resolver.path(arn, true);
    return covered?.ok && arn !== undefined
      ? { ok: true, parameters: [], path: pathRead(arn, true, covered.value) }
      : { ok: true, parameters: [] };
  }
  const parameters: ParameterAccess[] = [];
  for (const arn of arns) {
    const resolved = resolver.reference(arn);
    if (resolved.ok) parameters.push(access(arn, resolved.value, 'error-message'));
  }
  return { ok: true, parameters };
}

function access(
  reference: string,
  resolution: {
    kind: ParameterAccess['kind'];
    name: string;
    secretId?: string;
    selector?: ParameterAccess['selector'];
  },
  from: ParameterAccess['from'],
): ParameterAccess {
  return {
    reference,
    name: resolution.name,
    kind: resolution.kind,
    secretId: resolution.secretId,
    selector: resolution.selector,
    from,
  };
}

function pathRead(
  path: string,
  recursive: boolean,
  coverage: { secretIds: readonly string[]; pendingSecretIds: readonly string[] },
): PathRead {
  return {
    path,
    recursive,
    secretIds: [...coverage.secretIds],
    pendingSecretIds: [...coverage.pendingSecretIds],
  };
}

function invalid(detail: string): Touched {
  return { ok: false, reason: SKIP_REASONS.invalidRequest, detail };
}
