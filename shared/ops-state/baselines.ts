/**
 * Per-principal read baselines for the audit's volume rule: a short history of read counts,
 * one sample per sweep window (keyed by the window's end, so recording the same window
 * twice replaces the sample instead of counting it twice). Updated read-modify-write under
 * a revision condition, retried a few times against concurrent writers.
 */
import { randomUUID } from 'node:crypto';
import type { AttributeValue } from '@aws-sdk/client-dynamodb';
import { keyItem, num, requiredNumber, str } from './attributes.ts';
import { conditionalWrite } from './conditional-write.ts';
import { OPS_DEFAULTS } from './constants.ts';
import { CorruptItemError, OpsStateError, RevisionConflictError } from './errors.ts';
import { baselineKey } from './keys.ts';
import { readItem } from './read-item.ts';
import { revisionReadBack } from './state.ts';
import type { Item, OpsTable } from './types.ts';

export interface BaselineSample {
  readonly windowEnd: Date;
  readonly count: number;
}

export interface Baseline {
  readonly principal: string;
  /** Oldest first, at most `maxSamples`. */
  readonly samples: readonly BaselineSample[];
  readonly revision: number;
}

const what = (principal: string) => `read baseline of ${principal}`;

function parseSamples(item: Item, principal: string): BaselineSample[] {
  const list = item.samples?.L;
  if (list === undefined) throw new CorruptItemError(`${what(principal)}: attribute "samples" is not a list`);
  return list.map((entry: AttributeValue) => {
    const map = entry.M;
    if (map === undefined) throw new CorruptItemError(`${what(principal)}: a sample is not a map`);
    return {
      windowEnd: new Date(requiredNumber(map, 'w', what(principal))),
      count: requiredNumber(map, 'c', what(principal)),
    };
  });
}

/**
 * Reads a principal's baseline with a consistent read; undefined before its first sample.
 * Throws `CorruptItemError` for a malformed item, `OpsStateError`/`OpsStateUnavailableError`
 * when the read fails.
 */
export async function getBaseline(table: OpsTable, principal: string): Promise<Baseline | undefined> {
  const item = await readItem(table, baselineKey(principal), what(principal));
  if (item === undefined) return undefined;
  return {
    principal,
    samples: parseSamples(item, principal),
    revision: requiredNumber(item, 'revision', what(principal)),
  };
}

/**
 * Adds (or replaces, for the same window end) one sample and keeps the newest `maxSamples`.
 * Resolves the stored baseline. Throws `OpsStateError` for a negative or fractional count or
 * a refused call, `RevisionConflictError` when concurrent writers won every attempt,
 * `OpsStateUnavailableError` when the table cannot be reached.
 */
export async function recordBaselineSample(
  table: OpsTable,
  principal: string,
  sample: BaselineSample,
  maxSamples: number = OPS_DEFAULTS.baselineMaxSamples,
): Promise<Baseline> {
  if (!Number.isSafeInteger(sample.count) || sample.count < 0) {
    throw new OpsStateError(`${what(principal)}: a sample count must be a whole number >= 0`);
  }
  let expected = 0;
  for (let attempt = 0; attempt < OPS_DEFAULTS.baselineUpdateAttempts; attempt += 1) {
    const current = await getBaseline(table, principal);
    const samples = [
      ...(current?.samples ?? []).filter((s) => s.windowEnd.getTime() !== sample.windowEnd.getTime()),
      sample,
    ]
      .sort((a, b) => a.windowEnd.getTime() - b.windowEnd.getTime())
      .slice(-maxSamples);
    expected = current?.revision ?? 0;
    const next: Baseline = { principal, samples, revision: expected + 1 };
    if (await writeBaseline(table, next, expected)) return next;
  }
  const latest = await getBaseline(table, principal);
  throw new RevisionConflictError(what(principal), expected, latest?.revision);
}

async function writeBaseline(table: OpsTable, baseline: Baseline, expected: number): Promise<boolean> {
  const key = baselineKey(baseline.principal);
  const writeId = randomUUID();
  const outcome = await conditionalWrite(table, {
    key,
    what: what(baseline.principal),
    write: {
      action: 'PutItem',
      input: {
        TableName: table.tableName,
        Item: {
          ...keyItem(key),
          revision: num(baseline.revision),
          writeId: str(writeId),
          updatedAt: num(table.clock.now().getTime()),
          samples: {
            L: baseline.samples.map((s) => ({ M: { w: num(s.windowEnd.getTime()), c: num(s.count) } })),
          },
        },
        ConditionExpression: `${expected === 0 ? 'attribute_not_exists(pk)' : 'revision = :expected'} OR writeId = :writeId`,
        ExpressionAttributeValues: {
          ':writeId': str(writeId),
          ...(expected === 0 ? {} : { ':expected': num(expected) }),
        },
      },
    },
    readBack: (item) => revisionReadBack(item, writeId, expected),
  });
  return outcome === 'applied';
}
