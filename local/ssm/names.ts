/**
 * Parameter Store's naming rules as the stand-in models them (independently of the
 * product's parameter-path module): a single-level name is the same parameter with or
 * without its leading slash, a hierarchical name starts with `/`, a read may name a
 * parameter by ARN and add a `:label` or `:version` selector, and ARNs never double the
 * slash.
 */
import { ValidationException } from '../core/aws-error.ts';
import { SSM_LIMITS } from './constants.ts';
import { HierarchyLevelLimitExceededException } from './errors.ts';

/** A name as a read names it: the parameter and an optional selector. */
export interface NameReference {
  /** The name without selector (an ARN turned into its name). */
  name: string;
  /** `:green` or `:3` as written, when present. */
  selector: string | undefined;
  /** A region or account other than the world's, when the reference was an ARN of one. */
  foreign: boolean;
}

const ARN = /^arn:aws[\w-]*:ssm:([^:]*):(\d{12}):parameter\/(.+)$/;

/** Splits `name[:selector]` or `arn:...:parameter/name[:selector]`. */
export function parseReference(input: string, region: string, accountId: string): NameReference {
  const arn = ARN.exec(input);
  const rest = arn ? (arn[3] ?? '') : input;
  const colon = rest.lastIndexOf(':');
  const bare = colon < 0 ? rest : rest.slice(0, colon);
  const selector = colon < 0 ? undefined : rest.slice(colon);
  const name = arn && bare.includes('/') ? `/${bare}` : bare;
  return { name, selector, foreign: arn !== null && (arn[1] !== region || arn[2] !== accountId) };
}

/** The key under which a parameter is stored: `/x` and `x` are one parameter. */
export function canonicalKey(name: string): string {
  return name.startsWith('/') && name.indexOf('/', 1) < 0 ? name.slice(1) : name;
}

/** `arn:aws:ssm:<region>:<account>:parameter/<name without leading slash>`. */
export function parameterArn(region: string, accountId: string, name: string): string {
  return `arn:aws:ssm:${region}:${accountId}:parameter/${name.replace(/^\//, '')}`;
}

/** The name an ARN of the world's account names, for any reference string (selector kept off). */
export function referenceArn(input: string, region: string, accountId: string): string {
  return parameterArn(region, accountId, parseReference(input, region, accountId).name);
}

const PUT_NAME_MESSAGE =
  'Parameter name: can\'t be prefixed with "ssm" (case-insensitive). If formed as a path, it can consist of ' +
  'sub-paths divided by slash symbol; each sub-path can be formed as a mix of letters, numbers and the ' +
  'following 3 symbols .-_';

const PATH_MESSAGE =
  "The parameter doesn't meet the parameter name requirements. The parameter name must begin with a forward " +
  'slash "/". It can\'t be prefixed with \\"aws\\" or \\"ssm\\" (case-insensitive). It must use only letters, ' +
  'numbers, or the following symbols: . (period), - (hyphen), _ (underscore). Special characters are not ' +
  'allowed. All sub-paths, if specified, must use the forward slash symbol "/". Valid example: ' +
  '/get/parameters2-/by1./path0_.';

function reservedPrefix(name: string): boolean {
  return /^\/?(aws|ssm)/i.test(name);
}

/** Checks a name PutParameter may create. Throws ValidationException or HierarchyLevelLimitExceededException. */
export function checkNameForWrite(name: string): void {
  const hierarchical = name.indexOf('/', 1) > 0;
  const segments = name.replace(/^\//, '').split('/');
  const wellFormed =
    (!hierarchical || name.startsWith('/')) && segments.every((segment) => /^[a-zA-Z0-9_.-]+$/.test(segment));
  if (!wellFormed || reservedPrefix(name)) throw new ValidationException(PUT_NAME_MESSAGE);
  if (segments.length > SSM_LIMITS.hierarchyMaxLevels) throw new HierarchyLevelLimitExceededException();
}

/** Checks a `Path` (GetParametersByPath, a Path filter). Throws ValidationException. */
export function checkPath(path: string): void {
  const segments = path === '/' ? [] : path.replace(/^\//, '').replace(/\/$/, '').split('/');
  const wellFormed = path.startsWith('/') && segments.every((segment) => /^[a-zA-Z0-9_.-]+$/.test(segment));
  if (!wellFormed || reservedPrefix(path)) throw new ValidationException(PATH_MESSAGE);
}

/** Whether `name` lies under `path` (one level, or any depth when `recursive`). */
export function underPath(name: string, path: string, recursive: boolean): boolean {
  const full = name.startsWith('/') ? name : `/${name}`;
  const prefix = path.endsWith('/') ? path : `${path}/`;
  if (!full.startsWith(prefix)) return false;
  return recursive || !full.slice(prefix.length).includes('/');
}
