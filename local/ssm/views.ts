/**
 * The wire shapes of a parameter version: `Parameter` (GetParameter(s), ByPath),
 * `ParameterHistory` (GetParameterHistory) and `ParameterMetadata` (DescribeParameters).
 * A SecureString's value is the fake ciphertext unless decryption was asked for.
 */
import { epochSeconds } from '../core/aws-json.ts';
import { fakeCiphertext } from './cipher.ts';
import { parameterArn } from './names.ts';
import type { ParameterVersion, StoredParameter } from './store.ts';

export interface ViewContext {
  region: string;
  accountId: string;
}

function shownValue(ctx: ViewContext, name: string, version: ParameterVersion, decrypt: boolean): string {
  if (version.type !== 'SecureString' || decrypt) return version.value;
  const arn = parameterArn(ctx.region, ctx.accountId, name);
  return fakeCiphertext(version.keyId ?? '', arn, version.version, version.value);
}

function optional(key: string, value: string | undefined): Record<string, string> {
  return value === undefined ? {} : { [key]: value };
}

/** `Parameter`: `Selector` only when the read used one; `Name` always the bare name. */
export function parameterView(
  ctx: ViewContext,
  parameter: StoredParameter,
  version: ParameterVersion,
  decrypt: boolean,
  selector?: string,
): Record<string, unknown> {
  return {
    Name: parameter.name,
    Type: version.type,
    Value: shownValue(ctx, parameter.name, version, decrypt),
    Version: version.version,
    ...optional('Selector', selector),
    LastModifiedDate: epochSeconds(version.lastModified),
    ARN: parameterArn(ctx.region, ctx.accountId, parameter.name),
    DataType: version.dataType,
  };
}

/** `ParameterHistory`: one retained version with its labels and its own `KeyId`. */
export function historyView(
  ctx: ViewContext,
  parameter: StoredParameter,
  version: ParameterVersion,
  decrypt: boolean,
): Record<string, unknown> {
  return {
    Name: parameter.name,
    Type: version.type,
    ...optional('KeyId', version.keyId),
    LastModifiedDate: epochSeconds(version.lastModified),
    LastModifiedUser: version.lastModifiedUser,
    ...optional('Description', version.description),
    Value: shownValue(ctx, parameter.name, version, decrypt),
    ...optional('AllowedPattern', version.allowedPattern),
    Version: version.version,
    Labels: [...version.labels],
    Tier: version.tier,
    Policies: [],
    DataType: version.dataType,
  };
}

/** `ParameterMetadata` of the latest version (never a value). */
export function metadataView(
  ctx: ViewContext,
  parameter: StoredParameter,
  version: ParameterVersion,
): Record<string, unknown> {
  return {
    Name: parameter.name,
    ARN: parameterArn(ctx.region, ctx.accountId, parameter.name),
    Type: version.type,
    ...optional('KeyId', version.keyId),
    LastModifiedDate: epochSeconds(version.lastModified),
    LastModifiedUser: version.lastModifiedUser,
    ...optional('Description', version.description),
    ...optional('AllowedPattern', version.allowedPattern),
    Version: version.version,
    Tier: version.tier,
    Policies: [],
    DataType: version.dataType,
  };
}
