/**
 * Rule ids and limits of Parameter Store names, labels, selectors and ARNs, and of the
 * product's path layout. Every error of this module names one of these rule ids.
 */

/** The ids of the rules a name, label, selector, ARN or layout can break. */
export const RULES = {
  // names (Parameter Store's naming constraints)
  nameEmpty: 'not-empty',
  nameTooLong: 'max-length',
  noSpaces: 'no-spaces',
  allowedCharacters: 'allowed-characters',
  hierarchicalLeadingSlash: 'hierarchical-leading-slash',
  noTrailingSlash: 'no-trailing-slash',
  noEmptySegments: 'no-empty-segments',
  maxDepth: 'max-depth',
  reservedPrefix: 'reserved-prefix',
  // labels
  labelLength: 'label-length',
  labelCharacters: 'label-characters',
  labelLeadingDigit: 'label-leading-digit',
  labelReservedPrefix: 'label-reserved-prefix',
  // selectors (`name:label`, `name:version`)
  selectorEmpty: 'selector-not-empty',
  selectorSingleColon: 'selector-single-colon',
  versionPositiveInteger: 'version-positive-integer',
  // ARNs
  arnFormat: 'arn-format',
  arnPartition: 'arn-partition',
  arnService: 'arn-service',
  arnRegion: 'arn-region',
  arnAccount: 'arn-account',
  arnResource: 'arn-resource',
  // a `names` entry from an event that is not text at all
  referenceIsText: 'reference-is-text',
  // layout settings
  absolutePath: 'absolute-path',
  stageSegment: 'stage-single-segment',
  opsRootOutsideRoot: 'ops-root-outside-root',
  catalogIdFormat: 'catalog-id-format',
  catalogDuplicateId: 'catalog-unique-id',
  catalogDuplicatePath: 'catalog-unique-path',
  catalogRelativePath: 'catalog-relative-path',
  catalogStrategy: 'catalog-strategy',
  unknownSecretId: 'known-secret-id',
  /** Only an entry with a rotation strategy has a pending value. */
  hasPendingValue: 'has-pending-value',
} as const;

/** One rule id. */
export type RuleId = (typeof RULES)[keyof typeof RULES];

/**
 * Limits of Parameter Store. `maxNameLength`: the PutParameter documentation says the
 * longest name you may specify is 1011 characters and that this count includes the ARN
 * prefix before the name (`arn:aws:ssm:us-east-2:111122223333:parameter/`, 45 characters);
 * the 2048 of the API field includes 1037 characters reserved by the service.
 */
export const LIMITS = {
  maxNameLength: 1011,
  maxApiNameLength: 2048,
  maxHierarchyDepth: 15,
  maxLabelLength: 100,
  maxLabelsPerVersion: 10,
  maxNamesPerGetParameters: 10,
  maxCatalogIdLength: 63,
} as const;

/** Prefixes no name (first segment) or label may begin with, compared case-insensitively. */
export const RESERVED_PREFIXES = ['aws', 'ssm'] as const;

/** The two labels the tool owns and moves; it leaves every other label alone. */
export const OWNED_LABELS = { current: 'current', previous: 'previous' } as const;

/** The partitions whose parameter ARNs the product accepts. */
export const PARTITIONS = ['aws', 'aws-cn', 'aws-us-gov'] as const;

/** The rotation strategies a catalog entry may name. */
export const STRATEGY_NAMES = ['cloak-key', 'twilio-auth-token', 'none'] as const;

/** The last segment of a pending name: `<opsRoot>[/<stage>]/<secret-id>/pending`. */
export const PENDING_SEGMENT = 'pending';

/** Text patterns shared by the validators. */
export const PATTERNS = {
  nameCharacters: /^[a-zA-Z0-9_.\-/]+$/,
  labelCharacters: /^[a-zA-Z0-9_.-]+$/,
  catalogId: /^[a-z][a-z0-9-]{0,62}$/,
  region: /^[a-z]{2}(-[a-z]+)+-[0-9]{1,2}$/,
  account: /^[0-9]{12}$/,
  version: /^[1-9][0-9]*$/,
} as const;
