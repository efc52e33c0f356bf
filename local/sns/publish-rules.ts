/** Publish's rules on subject, body, size, message structure and FIFO identifiers. */
import { SNS_LIMITS } from './constants.ts';
import { InvalidParameterError } from './errors.ts';

/** 1-128 alphanumeric or punctuation characters, as for MessageGroupId and MessageDeduplicationId. */
const FIFO_ID = /^[A-Za-z0-9!"#$%&'()*+,\-./:;<=>?@[\\\]^_`{|}~]{1,128}$/;

/**
 * Throws InvalidParameterError `Invalid parameter: Subject` for a subject that is empty, longer
 * than 100 characters, or holds a line break or control character.
 */
export function checkSubject(subject: string | undefined): void {
  if (subject === undefined) return;
  const tooLong = [...subject].length > SNS_LIMITS.maxSubjectChars;
  if (subject.length === 0 || tooLong || hasControlCharacter(subject)) {
    throw new InvalidParameterError('Invalid parameter: Subject');
  }
}

/** Throws InvalidParameterError `Invalid parameter: Empty message` for an empty body. */
export function checkMessage(message: string): void {
  if (message.length === 0) throw new InvalidParameterError('Invalid parameter: Empty message');
}

/**
 * Throws InvalidParameterError `Invalid parameter: Message too long` when the message and its
 * attributes together exceed 262,144 bytes.
 */
export function checkSize(message: string, attributeBytes: number): void {
  if (Buffer.byteLength(message) + attributeBytes > SNS_LIMITS.maxPublishBytes) {
    throw new InvalidParameterError('Invalid parameter: Message too long');
  }
}

export interface FifoIds {
  groupId: string | undefined;
  dedupId: string | undefined;
}

/**
 * FIFO topics need `MessageGroupId`, and `MessageDeduplicationId` unless content-based
 * deduplication is on; standard topics refuse `MessageDeduplicationId` (and accept
 * `MessageGroupId`, which only fair SQS queues use). Throws InvalidParameterError.
 */
export function checkFifoIds(fifo: boolean, contentBasedDedup: boolean, ids: FifoIds): void {
  if (fifo) {
    if (!ids.groupId) {
      throw new InvalidParameterError(
        'Invalid parameter: The MessageGroupId parameter is required for FIFO topics',
      );
    }
    if (!ids.dedupId && !contentBasedDedup) {
      throw new InvalidParameterError(
        'Invalid parameter: The topic should either have ContentBasedDeduplication enabled or MessageDeduplicationId provided explicitly',
      );
    }
  } else if (ids.dedupId !== undefined) {
    throw new InvalidParameterError(
      'Invalid parameter: MessageDeduplicationId Reason: The request includes MessageDeduplicationId parameter that is not valid for this topic type',
    );
  }
  for (const [member, value] of [
    ['MessageGroupId', ids.groupId],
    ['MessageDeduplicationId', ids.dedupId],
  ] as const) {
    if (value !== undefined && !FIFO_ID.test(value)) {
      throw new InvalidParameterError(
        `Invalid parameter: ${member} Reason: ${member} can only include alphanumeric and punctuation characters. 1 to ${SNS_LIMITS.maxGroupIdChars} in length.`,
      );
    }
  }
}

/**
 * The message per protocol: `{ default }` for a plain message; with `MessageStructure=json`,
 * the JSON object's string values (other values are ignored, as SNS does).
 * Throws InvalidParameterError for a body that is not a JSON object or has no `default` key,
 * and for a `MessageStructure` other than `json`.
 */
export function messagesByProtocol(message: string, structure: string | undefined): Record<string, string> {
  if (structure === undefined) return { default: message };
  if (structure !== 'json') throw new InvalidParameterError('Invalid parameter: MessageStructure');
  let parsed: unknown;
  try {
    parsed = JSON.parse(message);
  } catch {
    parsed = undefined;
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
    throw new InvalidParameterError(
      'Invalid parameter: Message Structure - JSON message body failed to parse',
    );
  }
  const out: Record<string, string> = {};
  for (const [key, value] of Object.entries(parsed)) if (typeof value === 'string') out[key] = value;
  if (out.default === undefined) {
    throw new InvalidParameterError(
      'Invalid parameter: Message Structure - No default entry in JSON message body',
    );
  }
  return out;
}

/** Line breaks and other control characters (C0, DEL, C1). */
function hasControlCharacter(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x20 || (code >= 0x7f && code <= 0x9f)) return true;
  }
  return false;
}
