/**
 * The one module that builds, parses and matches SSM parameter names, ARNs, selectors,
 * path prefixes and ops-namespace names. It takes plain validated values and never
 * imports the configuration module (which imports it to validate values).
 *
 * Decisions:
 * - Canonical name: a single-level name without its leading slash (`/cloak-key` →
 *   `cloak-key`, the form an ARN gives back), a hierarchical name with it. Names are
 *   case-sensitive. `parameterKey` is the comparison key, `sameParameter` compares.
 * - Length: 1011 characters (PutParameter's documented limit for the name you specify).
 *   AWS counts the ARN prefix before the name in it, so names the layout builds are checked
 *   as prefix + name ≤ 1011; a name seen without context is checked alone against 1011.
 * - Depth: a name has at most 15 segments, its own last segment included.
 * - Reading vs creating: names read by callers (events, references) may carry the reserved
 *   `aws`/`ssm` prefix (AWS public parameters) and surrounding spaces (stripped, as the
 *   service does); names the product creates may not.
 * - ARNs of another partition, region or account denote other parameters: `other` in
 *   `resolveReference`, nothing in `secretsCoveredByPath`.
 * - IAM patterns match as whole-string globs (`*` spans `/` and `:`), which never reports
 *   less coverage than IAM grants.
 */
export { parameterArn, parameterArnsInText, parseParameterArn } from './arn.ts';
export { parameterKey, sameParameter } from './canonical.ts';
export { cloudFormationParameterArn } from './cloudformation.ts';
export {
  LIMITS,
  OWNED_LABELS,
  PARTITIONS,
  PENDING_SEGMENT,
  RESERVED_PREFIXES,
  RULES,
  type RuleId,
  STRATEGY_NAMES,
} from './constants.ts';
export { type Coverage, secretsCoveredByPath, secretsCoveredByPattern } from './coverage.ts';
export {
  ParameterArnError,
  ParameterLabelError,
  ParameterNameError,
  ParameterPathError,
  ParameterSelectorError,
  PathLayoutError,
} from './errors.ts';
export { type IamResourceOptions, iamPatternCovers, iamResourceArn } from './iam.ts';
export { createPathLayout, type ManagedName, type PathLayout } from './layout.ts';
export { type NameResolution, type Resolution, resolveNames, resolveReference } from './match.ts';
export { formatReference, parseReference, parseSelector } from './selector.ts';
export type {
  ArnContext,
  CatalogEntry,
  CheckFailure,
  LabelCheck,
  NameCheck,
  NameOptions,
  NamePurpose,
  ParameterArn,
  ParameterReference,
  Partition,
  PathSettings,
  Selector,
  StrategyName,
} from './types.ts';
export { checkLabel, checkName, validateLabel, validateName } from './validate.ts';
