/**
 * A canonical parameter as the engine sees it: every retained version with its labels,
 * type and KMS key, read with `GetParameterHistory` (scoped to the one parameter, which
 * `DescribeParameters` is not), and values only when decryption is asked for.
 */
import { GetParameterHistoryCommand, type ParameterHistory, type SSMClient } from '@aws-sdk/client-ssm';
import { LABELS, ROTATION_LIMITS } from '../constants.ts';
import { classifySsmError } from './classify.ts';

export interface VersionInfo {
  readonly version: number;
  readonly labels: readonly string[];
  readonly type: string;
  /** The KMS key of a SecureString version. */
  readonly keyId: string | undefined;
  readonly lastModified: Date | undefined;
  /** Only when read with decryption; a secret value, never to be logged or returned. */
  readonly value: string | undefined;
}

export interface ParameterSnapshot {
  readonly name: string;
  /** Oldest first; never empty. */
  readonly versions: readonly VersionInfo[];
  readonly latest: VersionInfo;
  readonly current: VersionInfo | undefined;
  readonly previous: VersionInfo | undefined;
}

/**
 * Reads every retained version of `name`; undefined when the parameter does not exist.
 * Throws the SDK's error for any other failure (after the client's own retries).
 */
export async function readParameter(
  ssm: SSMClient,
  name: string,
  options: { decrypt: boolean },
): Promise<ParameterSnapshot | undefined> {
  const versions: VersionInfo[] = [];
  let nextToken: string | undefined;
  try {
    do {
      const page = await ssm.send(
        new GetParameterHistoryCommand({
          Name: name,
          WithDecryption: options.decrypt,
          MaxResults: ROTATION_LIMITS.historyPageSize,
          NextToken: nextToken,
        }),
      );
      for (const entry of page.Parameters ?? []) versions.push(versionInfo(entry, options.decrypt));
      nextToken = page.NextToken || undefined;
    } while (nextToken !== undefined);
  } catch (error) {
    if (classifySsmError(error) === 'not-found') return undefined;
    throw error;
  }
  return snapshotOf(name, versions);
}

/** Builds a snapshot from versions (any order). Undefined when there are none. Never throws. */
export function snapshotOf(name: string, versions: readonly VersionInfo[]): ParameterSnapshot | undefined {
  const sorted = [...versions].sort((a, b) => a.version - b.version);
  const latest = sorted.at(-1);
  if (latest === undefined) return undefined;
  return {
    name,
    versions: sorted,
    latest,
    current: sorted.find((v) => v.labels.includes(LABELS.current)),
    previous: sorted.find((v) => v.labels.includes(LABELS.previous)),
  };
}

/** The version with this number, if retained. Never throws. */
export function versionOf(snapshot: ParameterSnapshot, version: number | undefined): VersionInfo | undefined {
  return version === undefined ? undefined : snapshot.versions.find((v) => v.version === version);
}

function versionInfo(entry: ParameterHistory, decrypted: boolean): VersionInfo {
  return {
    version: entry.Version ?? 0,
    labels: entry.Labels ?? [],
    type: entry.Type ?? 'String',
    keyId: entry.KeyId,
    lastModified: entry.LastModifiedDate,
    value: decrypted ? entry.Value : undefined,
  };
}
