/** Validation of `PathSettings`: roots, stage, the ops root's place, and the catalog. */
import { arnContextProblem } from './arn-context.ts';
import { PATTERNS, RULES, STRATEGY_NAMES } from './constants.ts';
import { invalidMessage, PathLayoutError, quote } from './errors.ts';
import {
  characterProblem,
  nameProblem,
  type Problem,
  slashProblem,
  splitName,
  startsWithSegments,
} from './name-rules.ts';
import type { PathSettings } from './types.ts';

/**
 * Checks everything in the settings except the full names (see `layout.ts`).
 * Throws `PathLayoutError` naming the bad setting or catalog entry and the broken rule.
 */
export function checkPathSettings(settings: PathSettings): void {
  const context = arnContextProblem(settings);
  if (context)
    throw new PathLayoutError(
      context.rule,
      `path settings are invalid: ${context.reason} (rule: ${context.rule})`,
    );
  failOn('root', settings.root, absolutePathProblem(settings.root));
  if (settings.stage !== undefined) failOn('stage', settings.stage, stageProblem(settings.stage));
  failOn('ops root', settings.opsRoot, absolutePathProblem(settings.opsRoot));
  failOn('ops root', settings.opsRoot, overlapProblem(settings.root, settings.opsRoot));
  checkCatalog(settings);
}

/** Throws `PathLayoutError` for `problem`, with `subject` and `value` in the message. */
export function failOn(subject: string, value: string, problem: Problem | undefined): void {
  if (problem)
    throw new PathLayoutError(problem.rule, invalidMessage(subject, value, problem.reason, problem.rule));
}

function absolutePathProblem(path: string): Problem | undefined {
  if (!path.startsWith('/')) return { rule: RULES.absolutePath, reason: 'does not start with "/"' };
  if (path === '/') return { rule: RULES.absolutePath, reason: 'is "/" alone; name at least one segment' };
  return nameProblem(path, 'create');
}

function stageProblem(stage: string): Problem | undefined {
  if (stage === '') return { rule: RULES.nameEmpty, reason: 'is empty' };
  if (stage.includes('/'))
    return { rule: RULES.stageSegment, reason: 'contains "/"; a stage is one segment' };
  return characterProblem(stage);
}

/** The ops root must neither equal the root nor sit on either side of it, segment by segment. */
function overlapProblem(root: string, opsRoot: string): Problem | undefined {
  const rootSegments = splitName(root);
  const opsSegments = splitName(opsRoot);
  const rule = RULES.opsRootOutsideRoot;
  if (startsWithSegments(opsSegments, rootSegments)) {
    const where = opsSegments.length === rootSegments.length ? 'it equals' : 'it lies under';
    return {
      rule,
      reason: `${where} the root ${quote(root)}; the application's read grant would cover pending values`,
    };
  }
  if (startsWithSegments(rootSegments, opsSegments)) {
    return {
      rule,
      reason: `it contains the root ${quote(root)}; the rotation grant would cover canonical parameters`,
    };
  }
  return undefined;
}

function checkCatalog(settings: PathSettings): void {
  const idAt = new Map<string, number>();
  const idOfPath = new Map<string, string>();
  settings.catalog.forEach((entry, index) => {
    const subject = `catalog entry ${quote(String(entry.id))}`;
    if (typeof entry.id !== 'string' || !PATTERNS.catalogId.test(entry.id)) {
      fail(RULES.catalogIdFormat, `${subject} is invalid: the id must match ${PATTERNS.catalogId.source}`);
    }
    const first = idAt.get(entry.id);
    if (first !== undefined) {
      fail(
        RULES.catalogDuplicateId,
        `${subject} is invalid: the id is used by entries ${first + 1} and ${index + 1}`,
      );
    }
    idAt.set(entry.id, index);
    if (!(STRATEGY_NAMES as readonly string[]).includes(entry.strategy)) {
      const reason = `strategy ${quote(String(entry.strategy))} is not one of ${STRATEGY_NAMES.join(', ')}`;
      fail(RULES.catalogStrategy, `${subject} is invalid: ${reason}`);
    }
    failOn(`${subject}: path`, entry.path, relativePathProblem(entry.path));
    const owner = idOfPath.get(entry.path);
    if (owner !== undefined) {
      const reason = `catalog entry ${quote(owner)} has the same path`;
      failOn(`${subject}: path`, entry.path, { rule: RULES.catalogDuplicatePath, reason });
    }
    idOfPath.set(entry.path, entry.id);
  });
}

function relativePathProblem(path: string): Problem | undefined {
  if (typeof path !== 'string' || path === '') return { rule: RULES.nameEmpty, reason: 'is empty' };
  if (path.startsWith('/')) {
    return {
      rule: RULES.catalogRelativePath,
      reason: 'starts with "/"; a catalog path is relative to the root',
    };
  }
  return characterProblem(path) ?? slashProblem(path);
}

function fail(rule: Problem['rule'], message: string): never {
  throw new PathLayoutError(rule, `${message} (rule: ${rule})`);
}
