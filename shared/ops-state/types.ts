import type { Logger } from '@aws-lambda-powertools/logger';
import type { AttributeValue, DynamoDBClient } from '@aws-sdk/client-dynamodb';
import type { Clock } from '../clock/index.ts';

/**
 * Everything a function of this module needs to reach the ops table. The caller builds it
 * once (the client at module scope in a handler) from validated configuration.
 */
export interface OpsTable {
  readonly client: DynamoDBClient;
  readonly tableName: string;
  /** The only source of time: every logical expiry is compared with it inside a write's condition. */
  readonly clock: Clock;
  /** Optional structured logger; items' payloads are never logged. */
  readonly logger?: Logger;
}

/** The primary key of one item. */
export interface ItemKey {
  readonly pk: string;
  readonly sk: string;
}

export type Item = Record<string, AttributeValue>;
