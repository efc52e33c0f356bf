/**
 * Sending ONE command exactly once. The SDK retries a failed call by itself, which is wrong
 * for a call that is not idempotent (the canonical `PutParameter`, a conditional write): if
 * the first attempt took effect and only its answer was lost, the retry writes a second
 * version or fails its own condition, and the caller draws the wrong conclusion. For such a
 * command, the client's `retryMiddleware` is replaced on the command's own middleware stack
 * (a command may override a client middleware by name) by a pass-through; the client keeps
 * its retry policy for every other call. After a failure, the caller reads back what
 * happened before deciding to send again.
 *
 *   await ssm.send(withoutRetries(new PutParameterCommand({ ... })));
 */
import { SDK_RETRY_MIDDLEWARE } from './constants.ts';

/** Anything with an SDK v3 middleware stack: every command of every client. */
export interface CommandWithStack {
  readonly middlewareStack: { add(middleware: unknown, options: unknown): void };
}

const RETRY_OVERRIDE = { ...SDK_RETRY_MIDDLEWARE, tags: ['RETRY'], override: true };
const passThrough = <H>(next: H): H => next;

/**
 * Marks `command` to be sent once, with no SDK retry; answers the same command. Calling it
 * twice on one command is harmless. Never throws; `client.send` then throws whatever the
 * single attempt failed with.
 */
export function withoutRetries<C extends CommandWithStack>(command: C): C {
  command.middlewareStack.add(passThrough, RETRY_OVERRIDE);
  return command;
}
