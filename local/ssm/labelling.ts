/**
 * LabelParameterVersion, UnlabelParameterVersion and DeleteParameter. A label sits on at
 * most one version of a parameter: labelling another version moves it. Invalid labels are
 * returned in `InvalidLabels`, not attached, and are no error.
 */
import { notNullMessage, ValidationException } from '../core/aws-error.ts';
import type { SsmCall, SsmOutcome } from './call.ts';
import { SSM_LIMITS } from './constants.ts';
import { ParameterVersionLabelLimitExceeded, ParameterVersionNotFound } from './errors.ts';
import { type Body, optionalInteger, optionalStringList, requiredString } from './input.ts';
import { checkLabelList, isValidLabel } from './labels.ts';
import { latest, type ParameterVersion, type StoredParameter } from './store.ts';

function labelsOf(body: Body): string[] {
  const labels = optionalStringList(body, 'Labels');
  if (labels === undefined) throw new ValidationException(notNullMessage('labels'));
  checkLabelList(labels);
  return labels;
}

function versionOf(parameter: StoredParameter, wanted: number | undefined): ParameterVersion {
  if (wanted === undefined) return latest(parameter);
  const version = parameter.versions.find((candidate) => candidate.version === wanted);
  if (version === undefined) throw new ParameterVersionNotFound(parameter.name, wanted);
  return version;
}

/**
 * Attaches the valid labels to the version (the latest when none is given), moving them
 * off other versions. Throws ParameterNotFound, ParameterVersionNotFound,
 * ParameterVersionLabelLimitExceeded (more than 10 on the version; nothing changes),
 * ValidationException.
 */
export function labelParameterVersion({ store, body }: SsmCall): SsmOutcome {
  const parameter = store.require(requiredString(body, 'Name'));
  const labels = labelsOf(body);
  const version = versionOf(parameter, optionalInteger(body, 'ParameterVersion'));
  const invalid = labels.filter((label) => !isValidLabel(label));
  const attach = [...new Set(labels.filter(isValidLabel))].filter((label) => !version.labels.includes(label));
  if (version.labels.length + attach.length > SSM_LIMITS.labelsPerVersion) {
    throw new ParameterVersionLabelLimitExceeded();
  }
  for (const other of parameter.versions) {
    if (other !== version) other.labels = other.labels.filter((label) => !attach.includes(label));
  }
  version.labels.push(...attach);
  return {
    body: { InvalidLabels: invalid, ParameterVersion: version.version },
    responseElements: { invalidLabels: invalid, parameterVersion: version.version },
  };
}

/** Removes labels from one version. Throws ParameterNotFound, ParameterVersionNotFound, ValidationException. */
export function unlabelParameterVersion({ store, body }: SsmCall): SsmOutcome {
  const parameter = store.require(requiredString(body, 'Name'));
  const wanted = optionalInteger(body, 'ParameterVersion');
  if (wanted === undefined) {
    throw new ValidationException(notNullMessage('parameterVersion'));
  }
  const labels = labelsOf(body);
  const version = versionOf(parameter, wanted);
  const removed = labels.filter((label) => version.labels.includes(label));
  const invalid = labels.filter((label) => !version.labels.includes(label));
  version.labels = version.labels.filter((label) => !removed.includes(label));
  return {
    body: { RemovedLabels: removed, InvalidLabels: invalid },
    responseElements: { removedLabels: removed, invalidLabels: invalid },
  };
}

/** Deletes the parameter and all its versions. Throws ParameterNotFound. */
export function deleteParameter({ store, body }: SsmCall): SsmOutcome {
  const parameter = store.require(requiredString(body, 'Name'));
  store.delete(parameter.name);
  return { body: {}, responseElements: null };
}
