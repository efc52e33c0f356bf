/**
 * Redacts an error before it leaves the process another way than through the logger: an
 * error rethrown to Lambda (whose runtime writes its message and stack to the log and sends
 * them to the failure destination), or printed by the CLI.
 */
import type { SecretRegistry } from './secret-registry.ts';

/**
 * Replaces registered secret values in the `message` and `stack` of `error`, its `cause`
 * chain and an `AggregateError`'s `errors`, in place (the class and the chain are kept),
 * and answers it. A value that is not an `Error` is answered unchanged. Never throws.
 */
export function redactError<E>(error: E, secrets: SecretRegistry): E {
  const seen = new Set<Error>();
  const visit = (e: unknown): void => {
    if (!(e instanceof Error) || seen.has(e)) return;
    seen.add(e);
    rewrite(e, 'message', secrets);
    rewrite(e, 'stack', secrets);
    visit(e.cause);
    if (e instanceof AggregateError) for (const inner of e.errors) visit(inner);
  };
  visit(error);
  return error;
}

function rewrite(error: Error, key: 'message' | 'stack', secrets: SecretRegistry): void {
  const text = error[key];
  if (typeof text !== 'string') return;
  const redacted = secrets.redact(text);
  if (redacted === text) return;
  try {
    error[key] = redacted;
  } catch {
    // A frozen error or a read-only property: nothing more can be done here.
  }
}
