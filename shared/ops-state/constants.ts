/** Fixed values of the ops table: key layout, attribute names, limits and defaults. */

/** Partition-key values and sort-key prefixes; see the README's key design. */
export const OPS_KEYS = {
  secretPartitionPrefix: 'SECRET#',
  lockSort: 'LOCK',
  stateSort: 'STATE',
  alertPartition: 'ALERT',
  auditPartition: 'AUDIT',
  checkpointSortPrefix: 'CHECKPOINT#',
  lookupLeaseSortPrefix: 'LEASE#LookupEvents#',
  baselinePartition: 'BASELINE',
  runPartition: 'RUN',
  /** Separates the parts of a composite key; escaped inside each part. */
  separator: '#',
} as const;

/** Attribute names shared by several item types. */
export const OPS_ATTRIBUTES = {
  partitionKey: 'pk',
  sortKey: 'sk',
  /** Epoch seconds, read only by DynamoDB's TTL clean-up (set at deployment), never by the product. */
  ttl: 'expiresAt',
} as const;

/** Delivery status of an alert record. */
export const DELIVERY_STATUS = {
  /** Claimed by an invocation that is publishing it now (or died while doing so). */
  claimed: 'claimed',
  /** Publishing failed; a later call sends it. */
  pending: 'pending',
  delivered: 'delivered',
} as const;
export type DeliveryStatus = (typeof DELIVERY_STATUS)[keyof typeof DELIVERY_STATUS];

/** Scheduled audit sweep modes, each with its own checkpoint. */
export const SWEEP_MODES = ['incremental', 'reconcile'] as const;
export type SweepMode = (typeof SWEEP_MODES)[number];

export const OPS_DEFAULTS = {
  /** How long an item outlives its logical expiry before TTL may delete it. */
  ttlSlackSeconds: 24 * 60 * 60,
  /** Attempts of one conditional write (throttled or ambiguous attempts included). */
  writeAttempts: 4,
  /** First back-off after a throttled write; doubled on each attempt. */
  throttleBackoffMs: 50,
  /** Samples kept per principal baseline. */
  baselineMaxSamples: 48,
  /** Read-modify-write attempts of a baseline update under concurrent writers. */
  baselineUpdateAttempts: 3,
  /** How long `createOpsTable` waits for the table to become ACTIVE. */
  tableActiveTimeoutMs: 30_000,
} as const;

/** DynamoDB error names that mean "not done, try again later" (never applied). */
export const THROTTLING_ERROR_NAMES = [
  'ProvisionedThroughputExceededException',
  'ThrottlingException',
  'RequestLimitExceeded',
  'TransactionConflictException',
] as const;

export const CONDITIONAL_CHECK_FAILED = 'ConditionalCheckFailedException';
