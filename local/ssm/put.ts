/**
 * PutParameter: a new parameter (version 1) or, with `Overwrite`, a new version. Keeps 100
 * versions: the oldest is dropped silently unless it carries a label, in which case
 * nothing is written (`ParameterMaxVersionLimitExceeded`).
 */
import { ValidationException, validationMessage } from '../core/aws-error.ts';
import type { SsmCall, SsmOutcome } from './call.ts';
import {
  PARAMETER_TIERS,
  PARAMETER_TYPES,
  type ParameterType,
  SSM_DEFAULTS,
  SSM_LIMITS,
} from './constants.ts';
import {
  HierarchyTypeMismatchException,
  ParameterAlreadyExists,
  ParameterMaxVersionLimitExceeded,
} from './errors.ts';
import { type Body, optionalBoolean, optionalString, requiredString } from './input.ts';
import { checkNameForWrite } from './names.ts';
import { latest, type ParameterVersion } from './store.ts';

function readType(body: Body): ParameterType | undefined {
  const type = optionalString(body, 'Type');
  if (type === undefined || (PARAMETER_TYPES as readonly string[]).includes(type)) {
    return type as ParameterType | undefined;
  }
  throw new ValidationException(
    validationMessage(type, 'type', 'Member must satisfy enum value set: [SecureString, StringList, String]'),
  );
}

function readTier(body: Body): string {
  const tier = optionalString(body, 'Tier') ?? SSM_DEFAULTS.tier;
  if ((PARAMETER_TIERS as readonly string[]).includes(tier)) return tier;
  throw new ValidationException(
    validationMessage(
      tier,
      'tier',
      'Member must satisfy enum value set: [Advanced, Intelligent-Tiering, Standard]',
    ),
  );
}

function checkValue(value: string, tier: string): void {
  if (value.length === 0) {
    throw new ValidationException(
      validationMessage('', 'value', 'Member must have length greater than or equal to 1'),
    );
  }
  if (tier === 'Standard' && value.length > SSM_LIMITS.standardValueMaxChars) {
    throw new ValidationException(
      `Standard tier parameters support a maximum parameter value of ${SSM_LIMITS.standardValueMaxChars} characters.`,
    );
  }
  if (value.length > SSM_LIMITS.advancedValueMaxChars) {
    throw new ValidationException(
      validationMessage(
        '***',
        'value',
        `Member must have length less than or equal to ${SSM_LIMITS.advancedValueMaxChars}`,
      ),
    );
  }
}

/**
 * Throws ValidationException (name, empty or oversized value, tags with overwrite, no
 * type for a new parameter), HierarchyLevelLimitExceededException, ParameterAlreadyExists,
 * HierarchyTypeMismatchException, ParameterMaxVersionLimitExceeded.
 */
export function putParameter({ world, store, identity, body }: SsmCall): SsmOutcome {
  const name = requiredString(body, 'Name').trim();
  checkNameForWrite(name);
  const value = requiredString(body, 'Value');
  const tier = readTier(body);
  checkValue(value, tier);
  const overwrite = optionalBoolean(body, 'Overwrite') ?? false;
  const tags = body.Tags;
  if (overwrite && Array.isArray(tags) && tags.length > 0) {
    throw new ValidationException(
      "Invalid request: tags and overwrite can't be used together. To create a parameter with tags, please remove " +
        'overwrite flag. To update tags for an existing parameter, please use AddTagsToResource or RemoveTagsFromResource.',
    );
  }
  const askedType = readType(body);
  const existing = store.get(name);
  const previous = existing ? latest(existing) : undefined;
  if (existing && !overwrite) throw new ParameterAlreadyExists();
  if (previous && askedType !== undefined && askedType !== previous.type)
    throw new HierarchyTypeMismatchException();
  const type = askedType ?? previous?.type;
  if (type === undefined)
    throw new ValidationException('A parameter type is required when you create a parameter.');
  const oldest = existing?.versions[0];
  if (existing && oldest && existing.versions.length >= SSM_LIMITS.versionsKept) {
    if (oldest.labels.length > 0) throw new ParameterMaxVersionLimitExceeded(existing.name, oldest.version);
    existing.versions.shift();
  }
  const version: ParameterVersion = {
    version: (previous?.version ?? 0) + 1,
    value,
    type,
    keyId: type === 'SecureString' ? (optionalString(body, 'KeyId') ?? SSM_DEFAULTS.keyId) : undefined,
    description: optionalString(body, 'Description') ?? previous?.description,
    allowedPattern: optionalString(body, 'AllowedPattern') ?? previous?.allowedPattern,
    dataType: optionalString(body, 'DataType') ?? SSM_DEFAULTS.dataType,
    tier: previous?.tier === 'Advanced' ? 'Advanced' : tier,
    labels: [],
    lastModified: world.clock.now(),
    lastModifiedUser: identity.arn,
  };
  if (existing) existing.versions.push(version);
  else store.set({ name, versions: [version] });
  const answer = { Version: version.version, Tier: version.tier };
  return { body: answer, responseElements: { version: version.version, tier: version.tier } };
}
