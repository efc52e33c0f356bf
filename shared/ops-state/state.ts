/**
 * The rotation state of each secret: one item holding an opaque JSON document (the rotation
 * engine owns its schema and validates it) and a numeric `revision`. Every write names the
 * revision it replaces, so two writers cannot both build on the same state.
 */
import { randomUUID } from 'node:crypto';
import { keyItem, num, requiredNumber, requiredString, str } from './attributes.ts';
import type { WriteOutcome } from './conditional-write.ts';
import { conditionalWrite } from './conditional-write.ts';
import { CorruptItemError, OpsStateError, RevisionConflictError } from './errors.ts';
import { rotationStateKey } from './keys.ts';
import { readItem } from './read-item.ts';
import type { Item, OpsTable } from './types.ts';

export interface StoredState {
  /** 1 for the first write, then +1 per write. */
  readonly revision: number;
  readonly data: unknown;
  readonly updatedAt: Date;
}

const what = (secretId: string) => `rotation state of ${secretId}`;

/**
 * Reads a secret's state with a consistent read; undefined when none was ever written.
 * Throws `CorruptItemError` for a malformed item, `OpsStateError`/`OpsStateUnavailableError`
 * when the read fails.
 */
export async function getState(table: OpsTable, secretId: string): Promise<StoredState | undefined> {
  const item = await readItem(table, rotationStateKey(secretId), what(secretId));
  if (item === undefined) return undefined;
  const json = requiredString(item, 'data', what(secretId));
  let data: unknown;
  try {
    data = JSON.parse(json);
  } catch (error) {
    throw new CorruptItemError(`${what(secretId)}: attribute "data" is not JSON`, { cause: error });
  }
  return {
    revision: requiredNumber(item, 'revision', what(secretId)),
    data,
    updatedAt: new Date(requiredNumber(item, 'updatedAt', what(secretId))),
  };
}

/**
 * Writes `data` (JSON-serialisable, never a secret value) as revision `expectedRevision + 1`,
 * only if the stored revision is `expectedRevision` (0: no state yet). Resolves the new
 * revision. Throws `RevisionConflictError` when another revision is stored, `OpsStateError`
 * for a bad revision, unserialisable data or a refused call, `OpsStateUnavailableError`
 * when the outcome cannot be confirmed.
 */
export async function putState(
  table: OpsTable,
  secretId: string,
  data: unknown,
  expectedRevision: number,
): Promise<number> {
  if (!Number.isSafeInteger(expectedRevision) || expectedRevision < 0) {
    throw new OpsStateError(`${what(secretId)}: expected revision must be a whole number >= 0`);
  }
  const json = JSON.stringify(data);
  if (json === undefined) throw new OpsStateError(`${what(secretId)}: data is not JSON-serialisable`);
  const key = rotationStateKey(secretId);
  const writeId = randomUUID();
  const revision = expectedRevision + 1;
  const base = expectedRevision === 0 ? 'attribute_not_exists(pk)' : 'revision = :expected';
  const outcome = await conditionalWrite(table, {
    key,
    what: what(secretId),
    write: {
      action: 'PutItem',
      input: {
        TableName: table.tableName,
        Item: {
          ...keyItem(key),
          revision: num(revision),
          data: str(json),
          writeId: str(writeId),
          updatedAt: num(table.clock.now().getTime()),
        },
        ConditionExpression: `${base} OR writeId = :writeId`,
        ExpressionAttributeValues: {
          ':writeId': str(writeId),
          ...(expectedRevision === 0 ? {} : { ':expected': num(expectedRevision) }),
        },
      },
    },
    readBack: (item) => revisionReadBack(item, writeId, expectedRevision),
  });
  if (outcome === 'applied') return revision;
  const current = await getState(table, secretId);
  throw new RevisionConflictError(what(secretId), expectedRevision, current?.revision);
}

/** After an ambiguous write: ours if it carries our write id, a conflict if another revision is stored. */
export function revisionReadBack(
  item: Item | undefined,
  writeId: string,
  expected: number,
): WriteOutcome | undefined {
  if (item?.writeId?.S === writeId) return 'applied';
  const stored = item?.revision?.N === undefined ? 0 : Number(item.revision.N);
  return stored === expected ? undefined : 'rejected';
}
