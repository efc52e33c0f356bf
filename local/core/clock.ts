/**
 * The stand-ins' one controllable clock. Record times, delivery delays, and Twilio's
 * behaviour follow it. It has the same `now()` shape as the product's clock, so a test in
 * one process hands this very object to the product.
 */
export class LocalClock {
  #ms: number;

  constructor(start: Date | string | number = Date.now()) {
    this.#ms = new Date(start).getTime();
    if (Number.isNaN(this.#ms)) throw new RangeError(`LocalClock: invalid start time ${String(start)}`);
  }

  now(): Date {
    return new Date(this.#ms);
  }

  /** Moves forward by `ms`; throws a RangeError for a negative or non-finite step. */
  advance(ms: number): Date {
    if (!Number.isFinite(ms) || ms < 0) throw new RangeError(`clock can only move forward, got ${ms} ms`);
    this.#ms += ms;
    return this.now();
  }

  /** Sets the time; throws a RangeError for an invalid time or one in the past of this clock. */
  set(to: Date | string | number): Date {
    const ms = new Date(to).getTime();
    if (Number.isNaN(ms)) throw new RangeError(`invalid time ${String(to)}`);
    if (ms < this.#ms) throw new RangeError(`clock can only move forward (now ${this.now().toISOString()})`);
    this.#ms = ms;
    return this.now();
  }
}
