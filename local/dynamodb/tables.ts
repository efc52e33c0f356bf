/** Reset: deletes every table through dynalite's own API and waits until none is left. */
import type { DynaliteBackend } from './dynalite-backend.ts';

async function call(
  backend: DynaliteBackend,
  action: string,
  input: unknown,
): Promise<Record<string, unknown>> {
  const answer = await backend.exchange({
    method: 'POST',
    headers: {
      'content-type': 'application/x-amz-json-1.0',
      'x-amz-target': `DynamoDB_20120810.${action}`,
      authorization:
        'AWS4-HMAC-SHA256 Credential=local/20200101/us-east-1/dynamodb/aws4_request, SignedHeaders=host, Signature=0',
      'x-amz-date': '20200101T000000Z',
    },
    body: Buffer.from(JSON.stringify(input)),
  });
  const parsed = JSON.parse(String(answer.body ?? '{}')) as Record<string, unknown>;
  if (answer.status !== 200)
    throw new Error(
      `dynalite ${action} failed: ${String(parsed.__type)} ${String(parsed.message ?? answer.status)}`,
    );
  return parsed;
}

async function tableNames(backend: DynaliteBackend): Promise<string[]> {
  const names: string[] = [];
  let start: unknown;
  do {
    const page = await call(
      backend,
      'ListTables',
      start === undefined ? {} : { ExclusiveStartTableName: start },
    );
    names.push(...((page.TableNames as string[] | undefined) ?? []));
    start = page.LastEvaluatedTableName;
  } while (start !== undefined);
  return names;
}

/** Throws when dynalite refuses a deletion or tables remain after a few seconds. */
export async function deleteAllTables(backend: DynaliteBackend): Promise<void> {
  if (!backend.started) return;
  const deadline = Date.now() + 5_000;
  for (let names = await tableNames(backend); names.length > 0; names = await tableNames(backend)) {
    if (Date.now() > deadline) throw new Error(`tables still present after reset: ${names.join(', ')}`);
    for (const name of names) {
      try {
        await call(backend, 'DeleteTable', { TableName: name });
      } catch (error) {
        if (!/ResourceInUse|not found|ResourceNotFound/i.test(String(error))) throw error;
      }
    }
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}
