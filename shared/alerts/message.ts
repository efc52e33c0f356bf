/**
 * Builds one SNS Publish request from alerts of one severity: subject, the
 * `MessageStructure: json` envelope (readable text for `default` and `email`, the JSON
 * document for `http`, `https`, `sqs` and `lambda`), the message attributes, and the FIFO
 * ids. Sizes are counted as SNS counts them, in bytes.
 */
import type { MessageAttributeValue, PublishCommandInput } from '@aws-sdk/client-sns';
import {
  ALERT_DOCUMENT_SCHEMA,
  JSON_PROTOCOLS,
  MESSAGE_ATTRIBUTES,
  MIXED_KIND,
  type Severity,
  TEXT_PROTOCOLS,
} from './constants.ts';
import { isFifoTopic, messageDeduplicationId, messageGroupId } from './fifo.ts';
import type { PreparedAlert } from './prepare.ts';
import { documentItem, textBlock } from './render.ts';
import { sanitiseSubject } from './subject.ts';

const uniqueSorted = (values: Iterable<string>) => [...new Set(values)].sort();

/** The subject before sanitising: `HIGH: <title>` or `HIGH (3 alerts): <first title>`. Never throws. */
export function rawSubject(severity: Severity, alerts: readonly PreparedAlert[]): string {
  const first = alerts[0];
  const title = first === undefined ? '' : first.title;
  const label = severity.toUpperCase();
  return alerts.length === 1 ? `${label}: ${title}` : `${label} (${alerts.length} alerts): ${title}`;
}

/** The readable text: a header line, then one block per alert. Never throws. */
export function messageText(severity: Severity, alerts: readonly PreparedAlert[]): string {
  const header = `${alerts.length} ${severity} alert${alerts.length === 1 ? '' : 's'} from ssm-rotation-audit`;
  return [header, ...alerts.map(textBlock)].join('\n\n');
}

/** The JSON document (schema in README.md). Never throws. */
export function messageDocument(severity: Severity, alerts: readonly PreparedAlert[]): string {
  return JSON.stringify({
    schema: ALERT_DOCUMENT_SCHEMA,
    severity,
    count: alerts.length,
    kinds: uniqueSorted(alerts.map((a) => a.kind)),
    secrets: uniqueSorted(alerts.flatMap((a) => a.secrets)),
    alerts: alerts.map(documentItem),
  });
}

/** Builds the Publish input for alerts that all have `severity`. Never throws. */
export function buildPublishInput(
  topicArn: string,
  severity: Severity,
  alerts: readonly PreparedAlert[],
): PublishCommandInput {
  const text = messageText(severity, alerts);
  const json = messageDocument(severity, alerts);
  const envelope: Record<string, string> = {};
  for (const protocol of TEXT_PROTOCOLS) envelope[protocol] = text;
  for (const protocol of JSON_PROTOCOLS) envelope[protocol] = json;
  const kinds = uniqueSorted(alerts.map((a) => a.kind));
  const secrets = uniqueSorted(alerts.flatMap((a) => a.secrets));
  const attributes: Record<string, MessageAttributeValue> = {
    [MESSAGE_ATTRIBUTES.severity]: { DataType: 'String', StringValue: severity },
    [MESSAGE_ATTRIBUTES.kind]: {
      DataType: 'String',
      StringValue: kinds.length === 1 ? (kinds[0] ?? MIXED_KIND) : MIXED_KIND,
    },
  };
  if (secrets.length > 0) {
    attributes[MESSAGE_ATTRIBUTES.secret] = {
      DataType: 'String.Array',
      StringValue: JSON.stringify(secrets),
    };
  }
  const subject = sanitiseSubject(rawSubject(severity, alerts));
  const fifo = isFifoTopic(topicArn);
  return {
    TopicArn: topicArn,
    Message: JSON.stringify(envelope),
    MessageStructure: 'json',
    MessageAttributes: attributes,
    ...(subject === undefined ? {} : { Subject: subject }),
    ...(fifo
      ? { MessageGroupId: messageGroupId(secrets), MessageDeduplicationId: messageDeduplicationId(alerts) }
      : {}),
  };
}

/**
 * The bytes SNS counts against its 262,144-byte limit: the message and every attribute's
 * name, type and value; the subject and FIFO ids are added too, so the count never falls
 * short. Never throws.
 */
export function publishInputBytes(input: PublishCommandInput): number {
  let bytes = Buffer.byteLength(input.Message ?? '') + Buffer.byteLength(input.Subject ?? '');
  for (const [name, value] of Object.entries(input.MessageAttributes ?? {})) {
    bytes += Buffer.byteLength(name) + Buffer.byteLength(value.DataType ?? '');
    bytes += Buffer.byteLength(value.StringValue ?? '') + (value.BinaryValue?.byteLength ?? 0);
  }
  bytes +=
    Buffer.byteLength(input.MessageGroupId ?? '') + Buffer.byteLength(input.MessageDeduplicationId ?? '');
  return bytes;
}
