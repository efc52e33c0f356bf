/** The tick's label repair: adoption and drift adoption, under the lock. Never rotates. */
import type { ManagedSecret } from '../secret.ts';
import type { Operation } from './execute.ts';
import { refuseUnusable } from './preflight.ts';
import { reconcileLabels, viewOf } from './reconcile.ts';

export function adoptOperation(secret: ManagedSecret): Operation {
  return {
    action: 'adopt',
    secret,
    dryRun: false,
    alertRefusals: false,
    plan: () => [],
    async run(ctx) {
      refuseUnusable(viewOf(ctx));
      return (await reconcileLabels(ctx)) === 'none' ? 'nothing-to-do' : 'done';
    },
  };
}
