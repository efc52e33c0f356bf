/** Which managed secrets a GetParametersByPath call or an IAM resource pattern reaches. */

import { parameterArn, splitParameterArn } from './arn.ts';
import { sameArnContext } from './arn-context.ts';
import { invalidMessage, ParameterNameError } from './errors.ts';
import { iamPatternCovers } from './iam.ts';
import type { ManagedName, PathLayout } from './layout.ts';
import { nameProblem, splitName, startsWithSegments, stripSurroundingSpaces } from './name-rules.ts';

/** The managed secrets reached, by id, in catalog order. */
export interface Coverage {
  /** Secrets whose canonical parameter is reached. */
  secretIds: string[];
  /** Secrets whose pending value (in the ops namespace) is reached. */
  pendingSecretIds: string[];
}

/**
 * The managed names a `GetParametersByPath` of `path` reads: the names below the path,
 * segment by segment (`/qlarius` does not reach `/qlarius-other/x`), one level below it
 * unless `recursive`. The path itself is not read. `/` reaches every name (single-level
 * names are one level below it). Accepts a trailing slash and the path ARN of a denial
 * message (`arn:...:parameter/qlarius/`); a path without its leading slash is read as if it
 * had one. A path ARN of another partition, region or account reaches nothing here.
 * Throws `ParameterNameError` or `ParameterArnError` for a malformed path.
 */
export function secretsCoveredByPath(layout: PathLayout, path: string, recursive: boolean): Coverage {
  const query = queryPath(layout, path);
  if (query === undefined) return collect([]);
  const reached = layout.managedNames().filter((m) => {
    const segments = splitName(m.name);
    if (!startsWithSegments(segments, query)) return false;
    return recursive ? segments.length > query.length : segments.length === query.length + 1;
  });
  return collect(reached);
}

/**
 * The managed names an IAM resource pattern (e.g. `arn:aws:ssm:*:*:parameter/qlarius/*`)
 * covers, by `iamPatternCovers` against each name's ARN. Never throws.
 */
export function secretsCoveredByPattern(layout: PathLayout, pattern: string): Coverage {
  return collect(
    layout.managedNames().filter((m) => iamPatternCovers(pattern, parameterArn(layout.arnContext, m.name))),
  );
}

/** The segments of a by-path query, or undefined for a path ARN of another deployment. */
function queryPath(layout: PathLayout, path: string): string[] | undefined {
  let text = stripSurroundingSpaces(path);
  if (text.startsWith('arn:')) {
    const { context, resource } = splitParameterArn(text);
    if (!sameArnContext(context, layout.arnContext)) return undefined;
    text = resource;
  }
  const absolute = text.startsWith('/') ? text : `/${text}`;
  if (absolute === '/') return [];
  const body = absolute.endsWith('/') ? absolute.slice(0, -1) : absolute;
  const problem = nameProblem(body, 'read');
  if (problem)
    throw new ParameterNameError(
      problem.rule,
      invalidMessage('parameter path', path, problem.reason, problem.rule),
    );
  return splitName(body);
}

function collect(names: readonly ManagedName[]): Coverage {
  return {
    secretIds: names.filter((m) => m.kind === 'secret').map((m) => m.secretId),
    pendingSecretIds: names.filter((m) => m.kind === 'pending').map((m) => m.secretId),
  };
}
