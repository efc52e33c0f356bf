/**
 * The log formatter: Powertools' standard keys (as its default formatter writes them), then
 * every extra key, and the whole item redacted (`redact-value.ts`) before it is printed.
 */
import { LogFormatter, LogItem } from '@aws-lambda-powertools/logger';
import type { LogAttributes, UnformattedAttributes } from '@aws-lambda-powertools/logger/types';
import { redactValue } from './redact-value.ts';
import type { SecretRegistry } from './secret-registry.ts';

export class RedactingLogFormatter extends LogFormatter {
  readonly #secrets: SecretRegistry;

  constructor(secrets: SecretRegistry) {
    super();
    this.#secrets = secrets;
  }

  /** Builds the redacted log item. Never throws. */
  override formatAttributes(attributes: UnformattedAttributes, additional: LogAttributes): LogItem {
    const context = attributes.lambdaContext;
    const item = {
      level: attributes.logLevel,
      message: attributes.message,
      timestamp: this.formatTimestamp(attributes.timestamp),
      service: attributes.serviceName,
      cold_start: context?.coldStart,
      function_arn: context?.invokedFunctionArn,
      function_memory_size: context?.memoryLimitInMB,
      function_name: context?.functionName,
      function_request_id: context?.awsRequestId,
      sampling_rate: attributes.sampleRateValue,
      xray_trace_id: attributes.xRayTraceId,
      ...additional,
    };
    const redacted = redactValue(item, {
      secrets: this.#secrets,
      formatError: (error) => this.formatError(error),
    }) as LogAttributes;
    return new LogItem({ attributes: redacted });
  }
}
