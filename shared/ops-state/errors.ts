/**
 * Domain errors of the ops table. Every one extends `OpsStateError`; the SDK error that
 * caused it, if any, is kept as `cause`. Messages name tables, item kinds and secret ids,
 * never an item's payload.
 */

/** A call on the ops table failed for good (validation, missing table, access denied, corrupt item). */
export class OpsStateError extends Error {
  override readonly name: string = 'OpsStateError';
}

/**
 * The table could not be reached, or the outcome of a conditional write stayed unknown
 * after its attempts and read-backs. Nothing can be assumed about that write.
 */
export class OpsStateUnavailableError extends OpsStateError {
  override readonly name: string = 'OpsStateUnavailableError';
}

/** An item read from the table lacks an attribute its type requires, or has the wrong type. */
export class CorruptItemError extends OpsStateError {
  override readonly name: string = 'CorruptItemError';
}

/** A conditional update of a revisioned item found another revision than the caller expected. */
export class RevisionConflictError extends OpsStateError {
  override readonly name: string = 'RevisionConflictError';

  constructor(
    readonly item: string,
    readonly expectedRevision: number,
    /** The stored revision at the time of the conflict; undefined when the item does not exist. */
    readonly actualRevision: number | undefined,
  ) {
    super(
      `${item}: expected revision ${expectedRevision}, found ${actualRevision === undefined ? 'no item' : `revision ${actualRevision}`}`,
    );
  }
}

/** A lock or lease is no longer held by the caller's token (it expired and was taken, or was released). */
export class LockLostError extends OpsStateError {
  override readonly name: string = 'LockLostError';
}
