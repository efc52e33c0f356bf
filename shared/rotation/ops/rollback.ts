/**
 * `rollback`: put the previous value back. Twilio, while awaiting retirement: the old token
 * is written back as the latest version and the secondary token is deleted in Twilio
 * (after retirement the old token is dead: refused). Cloak key: the previous key is written
 * back as the latest version (its tag is the same, C-10); the abandoned key stays
 * `previous` and the rotation awaits re-encryption again. Refused before promotion (cancel
 * instead), on drift, and at the 100-version limit.
 */
import { randomUUID } from 'node:crypto';
import { findDrift } from '../checks/labels.ts';
import { REFUSALS } from '../constants.ts';
import { RotationRefusedError } from '../errors.ts';
import { nowIso, save } from '../run/context.ts';
import type { Inspection } from '../run/inspect.ts';
import type { ManagedSecret } from '../secret.ts';
import { inProgress } from '../state.ts';
import type { Operation } from './execute.ts';
import { checkVersionLimit, refuseUnusable } from './preflight.ts';
import { viewOf } from './reconcile.ts';
import { finishRollback } from './rollback-finish.ts';

export function rollbackOperation(secret: ManagedSecret, options: { dryRun?: boolean } = {}): Operation {
  return {
    action: 'rollback',
    secret,
    dryRun: options.dryRun ?? false,
    alertRefusals: false,
    plan(ins) {
      if (ins.state.phase === 'rolling-back')
        return [`finish the rollback to version ${ins.state.fromVersion}`];
      const { source, abandoned } = rollbackVersions(ins);
      return [
        `write the value of version ${source} back as version ${abandoned + 1} (same KMS key)`,
        `label version ${abandoned} \`previous\` and version ${abandoned + 1} \`current\``,
        ...(secret.strategy === 'twilio-auth-token' ? ['delete the Twilio secondary token'] : []),
        'alert rotated (rollback)',
      ];
    },
    async run(ctx) {
      if (ctx.state.phase !== 'rolling-back') {
        const { source, abandoned } = rollbackVersions(viewOf(ctx));
        const rotationId = `rollback-${randomUUID()}`;
        await save(ctx, {
          phase: 'rolling-back',
          rotationId,
          trigger: 'rollback',
          startedAt: nowIso(ctx),
          fromVersion: source,
          toVersion: abandoned,
          restoredVersion: undefined,
          lastError: undefined,
        });
        ctx.done.push(`started rollback ${rotationId}: version ${source} back over version ${abandoned}`);
      }
      await finishRollback(ctx);
      return 'done';
    },
  };
}

/** Which version is restored and which abandoned; throws `RotationRefusedError` when no rollback is possible now. */
function rollbackVersions(ins: Inspection): { source: number; abandoned: number } {
  refuseUnusable(ins);
  const { state, parameter, secret } = ins;
  const refuse = (code: (typeof REFUSALS)[keyof typeof REFUSALS], why: string, remedy: string) =>
    new RotationRefusedError(code, `${secret.id}: ${why}`, remedy);
  if (inProgress(state)) {
    throw refuse(
      REFUSALS.rotationInProgress,
      `rotation ${state.rotationId} is not promoted yet`,
      `sra cancel ${secret.id}`,
    );
  }
  const drift = findDrift(ins);
  if (drift !== undefined) {
    throw refuse(
      REFUSALS.driftWhileRotating,
      `version ${drift.latest} was written outside the rotation`,
      'find the writer; the next tick adopts it (or sra relabel)',
    );
  }
  if (secret.strategy === 'twilio-auth-token' && state.phase !== 'awaiting-retire') {
    throw refuse(
      REFUSALS.nothingToRollBack,
      'the previous token was retired in Twilio and no longer works',
      `rotate instead: sra rotate ${secret.id}`,
    );
  }
  const source = parameter?.previous?.version;
  const abandoned = parameter?.current?.version;
  if (source === undefined || abandoned === undefined || source >= abandoned) {
    throw refuse(
      REFUSALS.nothingToRollBack,
      'no version carries `previous` below `current`',
      'nothing to roll back',
    );
  }
  const warnings: string[] = [];
  checkVersionLimit(ins, warnings);
  return { source, abandoned };
}
