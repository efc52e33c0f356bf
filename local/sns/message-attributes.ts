/** Publish's message-attribute rules: names, data types, values, and their share of the size limit. */
import { SNS_LIMITS } from './constants.ts';
import { missingMember, ParameterValueInvalidError } from './errors.ts';
import type { RawMessageAttribute } from './query.ts';

/** An attribute as SNS delivers it in the JSON envelope: `{ Type, Value }`, Binary as base64. */
export interface EnvelopeAttribute {
  Type: string;
  Value: string;
}

export interface CheckedAttributes {
  attributes: Record<string, EnvelopeAttribute>;
  /** Bytes of every name, data type and value, counted against the publish limit. */
  bytes: number;
  /** Names whose values SNS accepts but cannot use in filter policies (e.g. a malformed String.Array). */
  invalidForFiltering: string[];
}

const NAME_CHARS = /^[A-Za-z0-9_.-]$/;
const TYPE = /^(String|Number|Binary)(\..+)?$/;
const NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;

/**
 * Validates every attribute, in the order SNS does.
 * Throws ParameterValueInvalidError with SNS's message for a bad name, an unsupported data
 * type, a missing or empty value, a value in the wrong field, or a Number that does not parse;
 * ValidationError when `DataType` is absent.
 */
export function checkAttributes(raw: Map<string, RawMessageAttribute>): CheckedAttributes {
  const out: CheckedAttributes = { attributes: {}, bytes: 0, invalidForFiltering: [] };
  for (const [name, attr] of raw) {
    checkName(name);
    const type = attr.dataType;
    if (type === undefined) throw missingMember(`messageAttributes.${name}.member.dataType`);
    if (!TYPE.test(type)) {
      throw new ParameterValueInvalidError(
        `The message attribute '${name}' has an invalid message attribute type, the set of supported type prefixes is Binary, Number, and String.`,
      );
    }
    const binary = type.startsWith('Binary');
    const field = binary ? 'Binary' : 'String';
    const value = binary ? attr.binaryValue : attr.stringValue;
    const other = binary ? attr.stringValue : attr.binaryValue;
    if (value === undefined && other !== undefined) {
      throw new ParameterValueInvalidError(
        `The message attribute '${name}' with type '${type}' must use field '${field}'.`,
      );
    }
    if (value === undefined || value.length === 0) {
      throw new ParameterValueInvalidError(
        `The message attribute '${name}' must contain non-empty message attribute value for message attribute type '${type}'.`,
      );
    }
    const text = typeof value === 'string' ? value : value.toString('base64');
    if (type.startsWith('Number') && !NUMBER.test(text)) {
      throw new ParameterValueInvalidError(`Could not cast message attribute '${name}' value to number.`);
    }
    if (type === 'String.Array' && !isJsonArray(text)) out.invalidForFiltering.push(name);
    out.attributes[name] = { Type: type, Value: text };
    out.bytes += Buffer.byteLength(name) + Buffer.byteLength(type) + Buffer.byteLength(value);
  }
  return out;
}

function checkName(name: string): void {
  if (Buffer.byteLength(name) > SNS_LIMITS.maxAttributeNameBytes) {
    throw new ParameterValueInvalidError('Length of message attribute name must be less than 256 bytes.');
  }
  if (name.startsWith('.')) {
    throw new ParameterValueInvalidError(
      "Invalid message attribute name starting with character '.' was found.",
    );
  }
  if (name.endsWith('.')) {
    throw new ParameterValueInvalidError(
      "Invalid message attribute name ending with character '.' was found.",
    );
  }
  for (const char of name) {
    if (!NAME_CHARS.test(char)) {
      const hex = `#x${(char.codePointAt(0) ?? 0).toString(16).toUpperCase()}`;
      throw new ParameterValueInvalidError(
        `Invalid non-alphanumeric character '${hex}' was found in the message attribute name. Can only include alphanumeric characters, hyphens, underscores, or dots.`,
      );
    }
  }
  if (name.includes('..')) {
    throw new ParameterValueInvalidError("Message attribute name can not have successive '.' character.");
  }
}

function isJsonArray(text: string): boolean {
  try {
    return Array.isArray(JSON.parse(text));
  } catch {
    return false;
  }
}
