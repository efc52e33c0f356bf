/**
 * Typed reads of a JSON request's members. The SDKs send the right types; anything else
 * gets the `SerializationException` or `ValidationException` AWS's JSON services answer.
 */
import {
  notNullMessage,
  SerializationException,
  ValidationException,
  validationMessage,
} from '../core/aws-error.ts';

export type Body = Record<string, unknown>;

function lowerFirst(member: string): string {
  return member.charAt(0).toLowerCase() + member.slice(1);
}

/** A required string member. */
export function requiredString(body: Body, member: string): string {
  const value = optionalString(body, member);
  if (value === undefined) {
    throw new ValidationException(notNullMessage(lowerFirst(member)));
  }
  return value;
}

export function optionalString(body: Body, member: string): string | undefined {
  const value = body[member];
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'string') throw new SerializationException(`Expected a string for ${member}`);
  return value;
}

export function optionalBoolean(body: Body, member: string): boolean | undefined {
  const value = body[member];
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'boolean') throw new SerializationException(`Expected a boolean for ${member}`);
  return value;
}

export function optionalInteger(body: Body, member: string): number | undefined {
  const value = body[member];
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'number' || !Number.isInteger(value)) {
    throw new SerializationException(`Expected an integer for ${member}`);
  }
  return value;
}

export function optionalStringList(body: Body, member: string): string[] | undefined {
  const value = body[member];
  if (value === undefined || value === null) return undefined;
  if (!Array.isArray(value) || value.some((item) => typeof item !== 'string')) {
    throw new SerializationException(`Expected a list of strings for ${member}`);
  }
  return value as string[];
}

/** An optional `MaxResults` within `1..max`, else ValidationException as AWS words it. */
export function maxResults(body: Body, max: number): number | undefined {
  const value = optionalInteger(body, 'MaxResults');
  if (value === undefined) return undefined;
  if (value < 1) {
    throw new ValidationException(
      validationMessage(String(value), 'maxResults', 'Member must have value greater than or equal to 1'),
    );
  }
  if (value > max) {
    throw new ValidationException(
      validationMessage(String(value), 'maxResults', `Member must have value less than or equal to ${max}`),
    );
  }
  return value;
}
