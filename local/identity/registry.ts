/**
 * Access key id → identity, seeded through the control API. A key nobody seeded belongs
 * to the default identity: an IAM user `local-default` allowed everything.
 */
import { accessDeniedMessage, isAllowed } from './authorize.ts';
import { type IdentitySeed, toIdentity } from './schema.ts';
import type { Identity } from './types.ts';

export const DEFAULT_USER_NAME = 'local-default';

/** The access key id the README and `npm run local` print (AWS's documented example key). */
export const EXAMPLE_ACCESS_KEY_ID = 'AKIAIOSFODNN7EXAMPLE';

export class IdentityRegistry {
  readonly accountId: string;
  #byKey = new Map<string, Identity>();

  constructor(accountId: string) {
    this.accountId = accountId;
  }

  /** Adds or replaces the identity of `seed.accessKeyId`. */
  seed(seed: IdentitySeed): Identity {
    const identity = toIdentity(seed, this.accountId);
    this.#byKey.set(identity.accessKeyId, identity);
    return identity;
  }

  /** The seeded identity, or the default identity carrying the presented key. */
  resolve(accessKeyId: string | undefined): Identity {
    const key = accessKeyId ?? EXAMPLE_ACCESS_KEY_ID;
    return (
      this.#byKey.get(key) ??
      toIdentity({ type: 'IAMUser', userName: DEFAULT_USER_NAME, accessKeyId: key }, this.accountId)
    );
  }

  /** Undefined when allowed, else IAM's denial message. */
  authorize(identity: Identity, action: string, resource: string): string | undefined {
    return isAllowed(identity, action, resource)
      ? undefined
      : accessDeniedMessage(identity, action, resource);
  }

  list(): Identity[] {
    return [...this.#byKey.values()];
  }

  reset(): void {
    this.#byKey.clear();
  }
}
