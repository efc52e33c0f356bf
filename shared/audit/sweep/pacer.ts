/**
 * Paces LookupEvents to at most `callsPerSecond`, measured with the injected clock: a call
 * starts no sooner than one interval (1000 / rate ms) after the previous call's answer
 * arrived. Spacing answers (not starts) keeps calls apart at the service whatever the
 * network latency, and the first call also waits one interval after the lease was taken,
 * so consecutive holders of the shared lease stay under the limit together. The sleep is
 * injectable: the deployed code sleeps for real, tests move the clock instead.
 */
import { setTimeout as delay } from 'node:timers/promises';
import type { Clock } from '../../clock/index.ts';
import { LOOKUP_EVENTS } from './constants.ts';

/** Waits `ms` milliseconds. */
export type Sleep = (ms: number) => Promise<void>;

/** Real time. Never throws. */
export const realSleep: Sleep = async (ms) => {
  if (ms > 0) await delay(ms);
};

export interface Pacer {
  /** Resolves when the next call may start. Never throws (unless the sleep does). */
  beforeCall(): Promise<void>;
  /** Marks that a call's answer (or error) arrived. Never throws. */
  afterCall(): void;
}

/** A pacer whose first call waits one interval from now. Throws a RangeError for a rate that is not positive. */
export function createPacer(
  clock: Clock,
  sleep: Sleep,
  callsPerSecond: number = LOOKUP_EVENTS.callsPerSecond,
): Pacer {
  if (!(callsPerSecond > 0))
    throw new RangeError(`createPacer: callsPerSecond must be > 0, got ${callsPerSecond}`);
  const intervalMs = Math.ceil(1000 / callsPerSecond);
  let lastAnswer = clock.now().getTime();
  return {
    async beforeCall() {
      const wait = lastAnswer + intervalMs - clock.now().getTime();
      if (wait > 0) await sleep(wait);
    },
    afterCall() {
      lastAnswer = clock.now().getTime();
    },
  };
}
