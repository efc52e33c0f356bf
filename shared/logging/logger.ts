/**
 * The product's logger: Powertools structured JSON logs, one line per entry, through the
 * redacting formatter. Create it once per process (module scope in a handler) with the
 * process's `SecretRegistry`, and pass it in wherever a `Logger` is taken.
 */
import { Logger } from '@aws-lambda-powertools/logger';
import type { LogLevel } from '@aws-lambda-powertools/logger/types';
import { RedactingLogFormatter } from './formatter.ts';
import type { SecretRegistry } from './secret-registry.ts';

export interface CreateLoggerOptions {
  /** The `service` key of every entry, e.g. `sra-rotation`. */
  serviceName: string;
  /** The values never to write; the registry may grow after the logger is created. */
  secrets: SecretRegistry;
  /** Default: `POWERTOOLS_LOG_LEVEL`, `AWS_LAMBDA_LOG_LEVEL`, else INFO (Powertools' rules). */
  logLevel?: LogLevel;
}

/**
 * A Powertools `Logger` whose every entry (message, extra keys, errors with their causes
 * and stacks) is redacted with `secrets` and credential-like text under credential-named
 * keys. Child loggers (`createChild`) keep the formatter. Throws a `TypeError` when
 * `serviceName` is empty.
 */
export function createLogger(options: CreateLoggerOptions): Logger {
  if (options.serviceName === '') throw new TypeError('createLogger: serviceName is required');
  return new Logger({
    serviceName: options.serviceName,
    logFormatter: new RedactingLogFormatter(options.secrets),
    ...(options.logLevel === undefined ? {} : { logLevel: options.logLevel }),
  });
}
