/**
 * The alert catalogue: every kind with its severity, what it means and what to do. The
 * rotation kinds are built in; the audit registers one kind per rule at start-up with
 * `registerAlertKind`. Tests that register kinds call `resetAlertCatalogue`.
 */
import { SEVERITIES, type Severity } from './constants.ts';
import { AlertCatalogueError, UnknownAlertKindError } from './errors.ts';
import { ROTATION_KIND_SPECS } from './rotation-kinds.ts';

export interface AlertKindSpec {
  /** Lower-case words joined by hyphens, e.g. `root-access`. */
  readonly kind: string;
  readonly severity: Severity;
  readonly source: 'rotation' | 'audit';
  readonly summary: string;
  /** What the person receiving it should do. */
  readonly action: string;
}

const KIND = /^[a-z][a-z0-9]*(-[a-z0-9]+)*$/;
const catalogue = new Map<string, AlertKindSpec>();

function sameSpec(a: AlertKindSpec, b: AlertKindSpec): boolean {
  return (
    a.kind === b.kind &&
    a.severity === b.severity &&
    a.source === b.source &&
    a.summary === b.summary &&
    a.action === b.action
  );
}

/**
 * Adds a kind. Registering the very same spec again is a no-op. Throws `AlertCatalogueError`
 * for a malformed kind name, an unknown severity, an empty summary or action, or a kind
 * already registered with a different spec.
 */
export function registerAlertKind(spec: AlertKindSpec): void {
  if (!KIND.test(spec.kind)) throw new AlertCatalogueError(`alert kind "${spec.kind}" is not kebab-case`);
  if (!SEVERITIES.includes(spec.severity)) {
    throw new AlertCatalogueError(`alert kind "${spec.kind}": unknown severity "${String(spec.severity)}"`);
  }
  if (spec.summary.trim() === '' || spec.action.trim() === '') {
    throw new AlertCatalogueError(`alert kind "${spec.kind}": summary and action must not be empty`);
  }
  const existing = catalogue.get(spec.kind);
  if (existing !== undefined && !sameSpec(existing, spec)) {
    throw new AlertCatalogueError(`alert kind "${spec.kind}" is already registered with another spec`);
  }
  catalogue.set(spec.kind, Object.freeze({ ...spec }));
}

/** The spec of a kind. Throws `UnknownAlertKindError` when it is not registered. */
export function alertKind(kind: string): AlertKindSpec {
  const spec = catalogue.get(kind);
  if (spec === undefined) throw new UnknownAlertKindError(`unknown alert kind "${kind}"`);
  return spec;
}

/** Every registered kind, in registration order. Never throws. */
export function alertKinds(): readonly AlertKindSpec[] {
  return [...catalogue.values()];
}

/** Forgets registered kinds and restores the built-in rotation kinds. Never throws. */
export function resetAlertCatalogue(): void {
  catalogue.clear();
  for (const spec of ROTATION_KIND_SPECS) registerAlertKind(spec);
}

resetAlertCatalogue();
