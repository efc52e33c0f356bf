/**
 * Name resolution for the normaliser: the parameter-path module's `resolveReference` and
 * `secretsCoveredByPath`, memoised per layout (the same few names recur in every batch).
 * Each cache is emptied when it reaches its cap, so memory stays bounded.
 */
import {
  type Coverage,
  ParameterPathError,
  type PathLayout,
  type Resolution,
  resolveReference,
  secretsCoveredByPath,
} from '../../parameter-paths/index.ts';
import { NORMALISE_LIMITS } from '../constants.ts';

/** A resolution, or the message of the naming rule the input breaks. */
export type Resolved<T> = { ok: true; value: T } | { ok: false; message: string };

export interface Resolver {
  /** `resolveReference`, with its errors as `{ ok: false }`. Never throws. */
  reference(input: string): Resolved<Resolution>;
  /** `secretsCoveredByPath`, with its errors as `{ ok: false }`. Never throws. */
  path(path: string, recursive: boolean): Resolved<Coverage>;
}

const resolvers = new WeakMap<PathLayout, Resolver>();

/** The memoising resolver of a layout (one per layout). Never throws. */
export function resolverFor(layout: PathLayout): Resolver {
  let resolver = resolvers.get(layout);
  if (resolver === undefined) {
    resolver = createResolver(layout);
    resolvers.set(layout, resolver);
  }
  return resolver;
}

function createResolver(layout: PathLayout): Resolver {
  const references = new Map<string, Resolved<Resolution>>();
  const paths = new Map<string, Resolved<Coverage>>();
  return {
    reference: (input) => memo(references, input, () => resolveReference(layout, input)),
    path: (path, recursive) =>
      memo(paths, `${recursive ? 'r' : 'n'}${path}`, () => secretsCoveredByPath(layout, path, recursive)),
  };
}

function memo<T>(cache: Map<string, Resolved<T>>, key: string, compute: () => T): Resolved<T> {
  const hit = cache.get(key);
  if (hit !== undefined) return hit;
  let result: Resolved<T>;
  try {
    result = { ok: true, value: compute() };
  } catch (error) {
    if (!(error instanceof ParameterPathError)) throw error;
    result = { ok: false, message: error.message };
  }
  if (cache.size >= NORMALISE_LIMITS.maxCachedReferences) cache.clear();
  cache.set(key, result);
  return result;
}
