/** Parameter Store's limits and defaults as the stand-in models them; tests import these. */
export const SSM_LIMITS = {
  /** Versions kept per parameter; the oldest is dropped when a new one is written. */
  versionsKept: 100,
  labelsPerVersion: 10,
  labelMaxLength: 100,
  /** Labels in one Label/UnlabelParameterVersion request. */
  labelsPerRequest: 10,
  getParametersMaxNames: 10,
  byPathMaxResults: 10,
  historyMaxResults: 50,
  describeMaxResults: 50,
  /** DescribeParameters' page size when `MaxResults` is absent (chosen; see local/README.md). */
  describeDefaultResults: 10,
  hierarchyMaxLevels: 15,
  standardValueMaxChars: 4096,
  advancedValueMaxChars: 8192,
} as const;

export const SSM_DEFAULTS = {
  /** The AWS managed key a SecureString gets when a write names no `KeyId`. */
  keyId: 'alias/aws/ssm',
  tier: 'Standard',
  dataType: 'text',
} as const;

export const PARAMETER_TYPES = ['String', 'StringList', 'SecureString'] as const;
export type ParameterType = (typeof PARAMETER_TYPES)[number];

export const PARAMETER_TIERS = ['Standard', 'Advanced', 'Intelligent-Tiering'] as const;

/** What CloudTrail records in place of a written value. */
export const HIDDEN_VALUE = 'HIDDEN_DUE_TO_SECURITY_REASONS';

/** The `X-Amz-Target` prefix of SSM's JSON 1.1 API. */
export const SSM_TARGET_PREFIX = 'AmazonSSM';
