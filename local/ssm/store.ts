/**
 * The parameters and their versions (oldest first, at most 100 kept), and how a read's
 * name, ARN and selector resolve to one version.
 */
import type { ParameterType } from './constants.ts';
import { ParameterNotFound, ParameterVersionNotFound } from './errors.ts';
import { canonicalKey, type NameReference } from './names.ts';

export interface ParameterVersion {
  version: number;
  value: string;
  type: ParameterType;
  /** Set for SecureString versions only. */
  keyId: string | undefined;
  description: string | undefined;
  allowedPattern: string | undefined;
  dataType: string;
  tier: string;
  labels: string[];
  lastModified: Date;
  /** The ARN of the caller that wrote the version. */
  lastModifiedUser: string;
}

export interface StoredParameter {
  /** The name as it was first written. */
  name: string;
  /** Oldest first; never empty. */
  versions: ParameterVersion[];
}

/** One version picked by a read, with the selector that picked it. */
export interface Resolved {
  parameter: StoredParameter;
  version: ParameterVersion;
  selector: string | undefined;
}

export function latest(parameter: StoredParameter): ParameterVersion {
  const version = parameter.versions.at(-1);
  if (version === undefined) throw new Error(`parameter ${parameter.name} has no versions`);
  return version;
}

export class ParameterStore {
  #parameters = new Map<string, StoredParameter>();

  get(name: string): StoredParameter | undefined {
    return this.#parameters.get(canonicalKey(name));
  }

  /** Throws ParameterNotFound (without a message, as AWS answers) when absent. */
  require(name: string): StoredParameter {
    const parameter = this.get(name);
    if (parameter === undefined) throw new ParameterNotFound();
    return parameter;
  }

  set(parameter: StoredParameter): void {
    this.#parameters.set(canonicalKey(parameter.name), parameter);
  }

  delete(name: string): boolean {
    return this.#parameters.delete(canonicalKey(name));
  }

  /** Every parameter, sorted by name. */
  list(): StoredParameter[] {
    return [...this.#parameters.values()].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  }

  clear(): void {
    this.#parameters.clear();
  }

  /**
   * The version a read selects: the latest, `:<version>` or `:<label>`. Throws
   * ParameterNotFound for an unknown parameter or label (the latter naming the selector,
   * as emulators do: AWS documents neither), ParameterVersionNotFound for an unknown version.
   */
  resolve(reference: NameReference, written: string): Resolved {
    const parameter = reference.foreign ? undefined : this.get(reference.name);
    if (parameter === undefined) throw new ParameterNotFound();
    const selector = reference.selector;
    if (selector === undefined) return { parameter, version: latest(parameter), selector };
    const wanted = selector.slice(1);
    if (/^\d+$/.test(wanted)) {
      const version = parameter.versions.find((candidate) => candidate.version === Number(wanted));
      if (version === undefined) throw new ParameterVersionNotFound(reference.name, wanted);
      return { parameter, version, selector };
    }
    const version = parameter.versions.find((candidate) => candidate.labels.includes(wanted));
    if (version === undefined) throw new ParameterNotFound(`Parameter ${written} not found.`);
    return { parameter, version, selector };
  }
}
