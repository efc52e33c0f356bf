/**
 * The structured result of every action: what was done (or would be), the secret's
 * versions, labels and key tags, its phase and next due time, and whether each alert was
 * delivered. It never holds a secret value: tags are fingerprints (`AES.GCM.` + 8 hex).
 */
import type { AlertReport } from '../alerts/send.ts';
import type { RotationPhase } from '../state.ts';

export type Outcome =
  /** The action changed what it had to. */
  | 'done'
  /** Everything was already in place (a retry of a finished action); missing effects were redone. */
  | 'already-done'
  /** Nothing needed doing. */
  | 'nothing-to-do'
  /** Dry run: `wouldDo` lists the changes; nothing was changed. */
  | 'dry-run'
  /** Refused before anything changed; `error.remedy` says what to do. */
  | 'refused'
  /**
   * A hand-made version or drift was adopted first (labels moved, alert `adopted` or
   * `drift`; `done` lists it), then the rotation itself was refused or not started for the
   * reason in `error`.
   */
  | 'adopted-then-refused'
  /** An operator interrupted the CLI (SIGINT, SIGTERM): it stopped after the call in flight; `error` says where. */
  | 'interrupted'
  /** A step failed part-way; the state records the last completed step (`resume` continues). */
  | 'failed';

export interface LabelledVersion {
  readonly version: number;
  readonly labels: readonly string[];
  /** Cloak keys: the key's fingerprint tag (C-10). */
  readonly tag?: string;
}

export interface SecretView {
  readonly phase: RotationPhase;
  readonly rotationId?: string;
  readonly latestVersion?: number;
  readonly currentVersion?: number;
  readonly previousVersion?: number;
  /** Every labelled version (the tool's labels and others), newest first. */
  readonly labelled: readonly LabelledVersion[];
  /** When the next scheduled rotation is due (ISO 8601), or null when scheduling is off. */
  readonly nextDue: string | null;
}

export interface ActionResult {
  readonly ok: boolean;
  readonly action: string;
  readonly secret: string;
  readonly outcome: Outcome;
  readonly rotationId?: string;
  /** What was done, in order (never a value). */
  readonly done: readonly string[];
  /** Dry run: what would be done. */
  readonly wouldDo?: readonly string[];
  readonly warnings: readonly string[];
  readonly alerts: readonly AlertReport[];
  readonly view?: SecretView;
  readonly error?: { readonly code: string; readonly message: string; readonly remedy?: string };
  /** Interrupted: what was not done. */
  readonly notDone?: readonly string[];
  /** False when the lock could not be released (it then expires with its lease). */
  readonly lockReleased?: boolean;
}
