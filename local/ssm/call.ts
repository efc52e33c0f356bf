/** What every SSM operation receives and returns. */
import type { LocalWorld } from '../core/service.ts';
import type { Identity } from '../identity/types.ts';
import type { Body } from './input.ts';
import type { ParameterStore } from './store.ts';

export interface SsmCall {
  world: LocalWorld;
  store: ParameterStore;
  identity: Identity;
  body: Body;
}

export interface SsmOutcome {
  /** The JSON answer. */
  body: Record<string, unknown>;
  /** What CloudTrail records as `responseElements` (null for reads). */
  responseElements: Record<string, unknown> | null;
}

export function read(body: Record<string, unknown>): SsmOutcome {
  return { body, responseElements: null };
}
