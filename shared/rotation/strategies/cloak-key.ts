/**
 * The cloak-key strategy: the encryption key of the application's Cloak vault (AES-256-GCM,
 * 32 bytes, base64). A new key comes from the CSPRNG; it is good when it decodes to exactly
 * 32 bytes and differs from every retained version. Nothing outside Parameter Store changes;
 * the old key stays `previous` until an operator confirms re-encryption (`retire`).
 */
import { randomBytes } from 'node:crypto';
import { ROTATION_LIMITS } from '../constants.ts';
import { StepFailedError } from '../errors.ts';
import { cloakTag, decodeCloakKey } from './cloak-tag.ts';
import type { Strategy } from './types.ts';

export const cloakKeyStrategy: Strategy = {
  name: 'cloak-key',
  promotedPhase: 'awaiting-reencryption',

  async generate(ctx) {
    const value = randomBytes(ROTATION_LIMITS.cloakKeyBytes).toString('base64');
    ctx.register(value);
    return value;
  },

  async usable(_ctx, pending) {
    return decodeCloakKey(pending) !== undefined;
  },

  async test(ctx, pending, _current, parameter) {
    if (decodeCloakKey(pending) === undefined) {
      throw new StepFailedError(
        'test',
        'bad-key',
        `the pending key of ${ctx.secret.id} is not base64 of exactly 32 bytes`,
      );
    }
    const same = parameter.versions.find((v) => v.value === pending);
    if (same !== undefined) {
      throw new StepFailedError(
        'test',
        'key-reused',
        `the pending key of ${ctx.secret.id} equals version ${same.version}; a new key must differ from every retained one`,
      );
    }
    ctx.note(
      `tested the pending key: 32 bytes, differs from all ${parameter.versions.length} retained versions`,
    );
  },

  async retire(ctx) {
    ctx.note(
      'marked the old key retired (it stays in the parameter history, which cannot forget one version)',
    );
    return 'retired';
  },

  async discard() {},

  invalid(value) {
    return decodeCloakKey(value) === undefined
      ? "is not base64 of exactly 32 bytes (the application's Cloak vault would fail at boot with it)"
      : undefined;
  },

  tag: cloakTag,
};
