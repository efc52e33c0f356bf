import type { PARTITIONS, RuleId, STRATEGY_NAMES } from './constants.ts';

/** An AWS partition whose parameter ARNs the product accepts. */
export type Partition = (typeof PARTITIONS)[number];

/** A rotation strategy; `none` means the secret is audited, never rotated or labelled. */
export type StrategyName = (typeof STRATEGY_NAMES)[number];

/** One managed secret: `path` is relative to the root, e.g. `cloak-key`, `twilio/auth-token`. */
export interface CatalogEntry {
  id: string;
  path: string;
  strategy: StrategyName;
}

/** Where ARNs point: the partition, region and account of a deployment. */
export interface ArnContext {
  partition: Partition;
  region: string;
  account: string;
}

/** The validated configuration values the path layout is built from. */
export interface PathSettings extends ArnContext {
  /** Absolute hierarchical path, e.g. `/qlarius`. */
  root: string;
  /** Optional single segment, e.g. `prod` → `/qlarius/prod/...` and `/qlarius-rotation/prod/...`. */
  stage?: string;
  /** Absolute hierarchical path outside the root, e.g. `/qlarius-rotation`. */
  opsRoot: string;
  catalog: readonly CatalogEntry[];
}

/**
 * Why a name is validated: `create` applies every rule of PutParameter; `read` describes a
 * name a caller may legitimately read, so the reserved prefixes are allowed (AWS public
 * parameters live under `/aws/service/...`) and surrounding spaces are stripped as the
 * service strips them.
 */
export type NamePurpose = 'create' | 'read';

export interface NameOptions {
  /** Defaults to `create`. */
  purpose?: NamePurpose;
  /** When given (with purpose `create`), the ARN prefix counts toward the length limit. */
  arn?: ArnContext;
}

/** A failed check: the rule broken and the full message. */
export interface CheckFailure {
  ok: false;
  rule: RuleId;
  message: string;
}

/** The result of `checkName`: the canonical name, or the failure. */
export type NameCheck = { ok: true; name: string } | CheckFailure;

/** The result of `checkLabel`: the label, or the failure. */
export type LabelCheck = { ok: true; label: string } | CheckFailure;

/** A `:label` or `:version` selector after a name. */
export type Selector = { kind: 'label'; label: string } | { kind: 'version'; version: number };

/** A parsed parameter reference: name (canonical), optional selector, ARN parts if given as an ARN. */
export interface ParameterReference {
  name: string;
  selector?: Selector;
  arn?: ArnContext;
}

/** A parsed parameter ARN. */
export interface ParameterArn extends ArnContext {
  name: string;
}
