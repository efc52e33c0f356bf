/** The product's path layout: every managed name, pending name, ARN and grant of one deployment. */
import { parameterArn } from './arn.ts';
import { PENDING_SEGMENT, RULES } from './constants.ts';
import { ParameterPathError, PathLayoutError, quote } from './errors.ts';
import { type IamResourceOptions, iamResourceArn } from './iam.ts';
import { checkPathSettings } from './layout-checks.ts';
import type { ArnContext, CatalogEntry, PathSettings } from './types.ts';
import { checkName } from './validate.ts';

/** A name the layout manages: the canonical parameter of a secret or its pending value. */
export interface ManagedName {
  kind: 'secret' | 'pending';
  secretId: string;
  /** Canonical form (always hierarchical here). */
  name: string;
}

/** The names, ARNs and grants of one deployment, built by `createPathLayout`. */
export interface PathLayout {
  readonly arnContext: ArnContext;
  /** The catalog's ids in catalog order. */
  secretIds(): readonly string[];
  /** The catalog entry of `id`. Throws `ParameterPathError` (rule `known-secret-id`) for an unknown id. */
  entry(id: string): CatalogEntry;
  /** `<root>[/<stage>]/<path>`. Throws for an unknown id, as `entry`. */
  canonicalName(id: string): string;
  /**
   * `<opsRoot>[/<stage>]/<id>/pending`. Throws for an unknown id, as `entry`, and
   * `ParameterPathError` (rule `has-pending-value`) for an entry without a strategy, which is
   * never rotated and so has no pending value.
   */
  pendingName(id: string): string;
  /** The ARN of `canonicalName(id)`. Throws for an unknown id, as `entry`. */
  canonicalArn(id: string): string;
  /** The ARN of `pendingName(id)`. Throws for an unknown id, as `entry`. */
  pendingArn(id: string): string;
  /** `<root>[/<stage>]`: the application's namespace. */
  appPrefix(): string;
  /** `<opsRoot>[/<stage>]`: the tool's namespace for pending values. */
  opsPrefix(): string;
  /** An IAM resource ARN for a name or prefix of this deployment (see `iamResourceArn`); throws as it does. */
  iamResource(namePrefix: string, options?: IamResourceOptions): string;
  /** Every managed name: per secret its canonical name, then its pending name if it is rotated. */
  managedNames(): readonly ManagedName[];
  /** The managed name with this canonical name, if any. */
  lookupName(canonicalName: string): ManagedName | undefined;
}

/**
 * Validates the settings and builds the layout. Throws `PathLayoutError` naming the bad
 * setting or catalog entry and the broken rule: a root or ops root that is not an absolute
 * valid path, a stage that is not one valid segment, an ops root equal to, under or above
 * the root, a bad or duplicate id, a bad strategy, a bad or duplicate path, or a full name
 * that breaks a naming rule (its length counted with the ARN prefix, as AWS counts it).
 */
export function createPathLayout(settings: PathSettings): PathLayout {
  checkPathSettings(settings);
  const arnContext: ArnContext = {
    partition: settings.partition,
    region: settings.region,
    account: settings.account,
  };
  const stagePart = settings.stage === undefined ? '' : `/${settings.stage}`;
  const appPrefix = `${settings.root}${stagePart}`;
  const opsPrefix = `${settings.opsRoot}${stagePart}`;
  const entries = new Map(settings.catalog.map((e) => [e.id, Object.freeze({ ...e })]));
  const names = new Map<string, Partial<Record<ManagedName['kind'], string>>>();
  for (const e of entries.values()) {
    names.set(e.id, {
      secret: fullName(arnContext, e.id, `${appPrefix}/${e.path}`),
      ...(e.strategy === 'none'
        ? {}
        : { pending: fullName(arnContext, e.id, `${opsPrefix}/${e.id}/${PENDING_SEGMENT}`) }),
    });
  }
  const managed = [...names].flatMap(([secretId, n]) =>
    (['secret', 'pending'] as const).flatMap((kind) => {
      const name = n[kind];
      return name === undefined ? [] : [Object.freeze({ kind, secretId, name })];
    }),
  );
  const byName = new Map(managed.map((m) => [m.name, m]));
  const ids = Object.freeze([...entries.keys()]);
  const frozenManaged = Object.freeze(managed);

  const entry = (id: string): CatalogEntry => {
    const found = entries.get(id);
    if (found) return found;
    const rule = RULES.unknownSecretId;
    throw new ParameterPathError(
      rule,
      `unknown secret id ${quote(id)}; known ids: ${ids.join(', ')} (rule: ${rule})`,
    );
  };
  const nameOf = (id: string, kind: ManagedName['kind']): string => {
    const found = names.get(entry(id).id)?.[kind];
    if (found !== undefined) return found;
    const rule = RULES.hasPendingValue;
    throw new ParameterPathError(
      rule,
      `secret ${quote(id)} has no rotation strategy, so it has no pending value (rule: ${rule})`,
    );
  };

  return Object.freeze({
    arnContext: Object.freeze(arnContext),
    secretIds: () => ids,
    entry,
    canonicalName: (id: string) => nameOf(id, 'secret'),
    pendingName: (id: string) => nameOf(id, 'pending'),
    canonicalArn: (id: string) => parameterArn(arnContext, nameOf(id, 'secret')),
    pendingArn: (id: string) => parameterArn(arnContext, nameOf(id, 'pending')),
    appPrefix: () => appPrefix,
    opsPrefix: () => opsPrefix,
    iamResource: (namePrefix: string, options?: IamResourceOptions) =>
      iamResourceArn(arnContext, namePrefix, options),
    managedNames: () => frozenManaged,
    lookupName: (canonicalName: string) => byName.get(canonicalName),
  });
}

function fullName(context: ArnContext, id: string, name: string): string {
  const result = checkName(name, { purpose: 'create', arn: context });
  if (result.ok) return result.name;
  const detail = result.message.replace(/^parameter name/, 'name');
  throw new PathLayoutError(result.rule, `catalog entry ${quote(id)}: ${detail}`);
}
