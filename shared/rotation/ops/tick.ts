/**
 * The scheduled tick (EventBridge): first re-send alerts earlier invocations left
 * undelivered, then decide for every secret with a strategy (`tick-secret.ts`).
 */
import { redeliverPending } from '../../alerts/index.ts';
import { publisherFor } from '../alerts/send.ts';
import type { RotationDeps } from '../deps.ts';
import { managedSecret, rotatedSecretIds } from '../secret.ts';
import { errorCode } from '../ssm/classify.ts';
import type { ActionResult } from './result.ts';
import { tickSecret } from './tick-secret.ts';

export interface TickResult {
  /** False when a secret's action failed or alerts could not be redelivered. */
  readonly ok: boolean;
  readonly action: 'tick';
  readonly redelivered: { readonly delivered: number; readonly pending: number; readonly error?: string };
  readonly secrets: readonly ActionResult[];
}

/** Never throws: every failure is in the result. */
export async function tick(deps: RotationDeps): Promise<TickResult> {
  const redelivered = await redeliver(deps);
  const secrets: ActionResult[] = [];
  for (const id of rotatedSecretIds(deps.config))
    secrets.push(await tickSecret(deps, managedSecret(deps.config, id)));
  const ok = redelivered.error === undefined && secrets.every((s) => s.outcome !== 'failed');
  deps.logger?.info('tick finished', {
    ok,
    redelivered,
    secrets: secrets.map((s) => ({
      secret: s.secret,
      action: s.action,
      outcome: s.outcome,
      code: s.error?.code,
    })),
  });
  return { ok, action: 'tick', redelivered, secrets };
}

async function redeliver(deps: RotationDeps): Promise<TickResult['redelivered']> {
  const publisher = publisherFor(deps, []);
  if (publisher === undefined) return { delivered: 0, pending: 0 };
  try {
    const report = await redeliverPending(publisher);
    const count = (status: string) => report.outcomes.filter((o) => o.status === status).length;
    return { delivered: count('delivered'), pending: count('pending') };
  } catch (error) {
    deps.logger?.error('undelivered alerts could not be re-sent', { error: errorCode(error) });
    return { delivered: 0, pending: 0, error: errorCode(error) };
  }
}
