/**
 * The crash matrix (C-05, C-06, invariant 4): a flow is recorded once to list every service
 * call it makes (SSM, DynamoDB, SNS, Twilio); then, for each call and each of `drop:
 * before` and `drop: after`, the flow runs again with that call's connection dropped, which
 * ends the invocation there (the crash switch fails every later call of it). After the
 * lock's lease, the same request runs again (Lambda's retry), the flow goes on, a tick
 * redelivers alerts, and the end state must equal an uninterrupted run's.
 */

import { afterAll } from 'vitest';
import { listUndeliveredAlerts } from '../../../shared/ops-state/index.ts';
import type { RotationDeps } from '../../../shared/rotation/index.ts';
import { closeRecorders, numbered, recordCalls, recordedDeps, type ServiceCall } from './call-recorder.ts';
import {
  createRotationFixture,
  LEASE_MS,
  type RotationFixture,
  type Seeded,
  useRotationFixture,
} from './rotation-fixture.ts';

export interface FlowStep {
  readonly name: string;
  /** Done once before the invocation (e.g. moving the clock past the grace period). */
  readonly before?: (fx: RotationFixture) => void;
  readonly run: (fx: RotationFixture, deps: RotationDeps) => Promise<unknown>;
}

export interface CrashFlow {
  /** How the world starts: the origin layout by hand (`origin`) or already adopted (`adopted`). */
  readonly start: 'origin' | 'adopted';
  readonly steps: readonly FlowStep[];
  readonly assertEnd: (fx: RotationFixture, seeded: Seeded) => Promise<void>;
}

export interface CrashPoint extends ServiceCall {
  readonly step: number;
  readonly stepName: string;
  readonly nth: number;
}

const CLAIM_TIMEOUT_MS = 5 * 60_000;

/** Runs the flow uninterrupted in a world of its own and lists its calls. */
export async function recordFlow(flow: CrashFlow): Promise<CrashPoint[]> {
  const fx = createRotationFixture();
  await fx.open();
  try {
    await fx.resetWorld();
    await seed(fx, flow);
    const points: CrashPoint[] = [];
    for (const [index, step] of flow.steps.entries()) {
      step.before?.(fx);
      const recorder = recordCalls(fx);
      await step.run(fx, recordedDeps(fx, recorder));
      recorder.close();
      for (const call of numbered(recorder.calls)) points.push({ ...call, step: index, stepName: step.name });
    }
    await fx.collect();
    return points;
  } finally {
    closeRecorders(fx);
    await fx.close();
  }
}

const seed = (fx: RotationFixture, flow: CrashFlow) =>
  flow.start === 'origin' ? fx.seedOrigin() : fx.seedAdopted();

async function runStep(fx: RotationFixture, step: FlowStep, deps: RotationDeps): Promise<void> {
  step.before?.(fx);
  await step.run(fx, deps);
}

/** One case: crash at `point` with `drop`, recover, finish, assert. Throws when the fault did not fire. */
export async function crashAndRecover(
  fx: RotationFixture,
  flow: CrashFlow,
  point: CrashPoint,
  drop: 'before' | 'after',
): Promise<void> {
  const seeded = await seed(fx, flow);
  for (const [index, step] of flow.steps.entries()) {
    if (index !== point.step) {
      await runStep(fx, step, fx.deps());
      continue;
    }
    step.before?.(fx);
    await fx.fault({ service: point.service, action: point.action, drop, nth: point.nth, times: 1 });
    const recorder = recordCalls(fx);
    const outcome = await step.run(fx, recordedDeps(fx, recorder)).catch((error: unknown) => error);
    recorder.close();
    fx.keep('crashed invocation', outcome);
    await fx.clearFaults();
    if (!recorder.crashed)
      throw new Error(`the fault on ${point.service} ${point.action} #${point.nth} did not fire`);
    fx.clock.advance(LEASE_MS + 1);
    await step.run(fx, fx.deps());
  }
  // A claim the crash left unsettled is sent by the next tick after the claim timeout.
  fx.clock.advance(CLAIM_TIMEOUT_MS + 1);
  if ((await undeliveredAlerts(fx)) > 0) await fx.tick();
  await flow.assertEnd(fx, seeded);
}

/** No alert left undelivered: each was delivered (or is pending redelivery, which the last tick sent). */
export async function undeliveredAlerts(fx: RotationFixture): Promise<number> {
  return (await listUndeliveredAlerts(fx.table, CLAIM_TIMEOUT_MS)).length;
}

/** A readable case name. */
export function caseName(point: CrashPoint, drop: string): string {
  return `${point.stepName}: drop ${drop} ${point.service} ${point.action} #${point.nth}`;
}

/** The file's fixture, with the crash-switched clients closed after the last test. */
export function useCrashFixture(): RotationFixture {
  const fx = useRotationFixture();
  afterAll(() => closeRecorders(fx));
  return fx;
}
