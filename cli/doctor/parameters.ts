/**
 * Each catalog parameter exists, is a SecureString, and its latest version is encrypted with
 * a customer managed KMS key (GetParameterHistory, without decryption: no value is read).
 */
import { GetParameterHistoryCommand, type ParameterHistory } from '@aws-sdk/client-ssm';
import { type CheckResult, type DoctorDeps, errorLine, result } from './types.ts';

const DEFAULT_KEY = 'alias/aws/ssm';

/** One result per catalog entry. Never throws: an SDK error is the entry's `fail`. */
export async function checkParameters(deps: DoctorDeps): Promise<CheckResult[]> {
  const results: CheckResult[] = [];
  for (const entry of deps.config.catalog) results.push(await checkParameter(deps, entry.id));
  return results;
}

async function checkParameter(deps: DoctorDeps, id: string): Promise<CheckResult> {
  const name = deps.config.layout.canonicalName(id);
  const check = `parameter ${id}`;
  const create = `aws ssm put-parameter --name ${name} --type SecureString --key-id <your KMS key> --value ...`;
  let latest: ParameterHistory | undefined;
  let versions = 0;
  try {
    let NextToken: string | undefined;
    do {
      const page = await deps.ssm.send(
        new GetParameterHistoryCommand({ Name: name, MaxResults: 50, NextToken }),
      );
      for (const v of page.Parameters ?? []) {
        versions += 1;
        if ((v.Version ?? 0) >= (latest?.Version ?? 0)) latest = v;
      }
      NextToken = page.NextToken || undefined;
    } while (NextToken);
  } catch (error) {
    if ((error as Error).name === 'ParameterNotFound')
      return result(check, 'fail', `${name} does not exist`, `create it: ${create}`);
    return result(
      check,
      'fail',
      `${name} cannot be read: ${errorLine(error)}`,
      'grant ssm:GetParameterHistory on it to your role, or check the region',
    );
  }
  if (latest?.Type !== 'SecureString')
    return result(
      check,
      'fail',
      `${name} is a ${latest?.Type}, not a SecureString`,
      `delete and re-create it as a SecureString: ${create}`,
    );
  const key = latest.KeyId ?? DEFAULT_KEY;
  const where = `${name} v${latest.Version} (${versions} versions)`;
  if (key === DEFAULT_KEY || key.endsWith(`:${DEFAULT_KEY}`))
    return result(
      check,
      'warn',
      `${where} uses the account default key ${DEFAULT_KEY}`,
      `rotate it once with a customer managed key: aws ssm put-parameter --name ${name} --overwrite --type SecureString --key-id <key> --value ...`,
    );
  if (versions >= 90)
    return result(
      check,
      'warn',
      `${where}: close to the 100-version limit`,
      'keep no labels of your own on the oldest versions',
    );
  return result(check, 'ok', `${where}, SecureString, KMS key ${key}`);
}
