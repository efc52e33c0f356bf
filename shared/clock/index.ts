/**
 * The one source of time for the product. Every time-dependent function takes a
 * `Clock` so tests (and the local stand-ins, which share the same object in one
 * process) move time instead of waiting.
 */
export interface Clock {
  /** The current time. Never throws. */
  now(): Date;
}

/** Wall-clock time, used by the deployed functions and the CLI against real AWS. */
export const systemClock: Clock = { now: () => new Date() };

/** A clock that only moves when told to; for tests. */
export class ManualClock implements Clock {
  #ms: number;

  constructor(start: Date | string | number = '2026-01-01T00:00:00.000Z') {
    this.#ms = new Date(start).getTime();
    if (Number.isNaN(this.#ms)) throw new RangeError(`ManualClock: invalid start time ${String(start)}`);
  }

  now(): Date {
    return new Date(this.#ms);
  }

  /** Moves the clock forward by `ms` milliseconds. Throws a RangeError for a negative or non-finite step. */
  advance(ms: number): Date {
    if (!Number.isFinite(ms) || ms < 0)
      throw new RangeError(`ManualClock.advance: step must be >= 0 ms, got ${ms}`);
    this.#ms += ms;
    return this.now();
  }

  /** Sets the clock; it may not go backwards. Throws a RangeError if it would. */
  set(to: Date | string | number): Date {
    const ms = new Date(to).getTime();
    if (Number.isNaN(ms) || ms < this.#ms)
      throw new RangeError(`ManualClock.set: cannot move to ${String(to)}`);
    this.#ms = ms;
    return this.now();
  }
}

/**
 * A clock that reads the time from the local stand-ins' control endpoint, for a product
 * running in another process than the stand-ins (the CLI against `sra local`). The time
 * is fetched once by `sync()` and then advanced with the local monotonic clock.
 */
export class RemoteClock implements Clock {
  #offsetMs = 0;

  constructor(private readonly controlUrl: string) {}

  /** Reads the stand-ins' time. Throws if the control endpoint does not answer with a time. */
  async sync(): Promise<void> {
    const res = await fetch(new URL('clock', this.controlUrl));
    if (!res.ok) throw new Error(`cannot read the local clock at ${this.controlUrl}: HTTP ${res.status}`);
    const body = (await res.json()) as { now?: string };
    const remote = new Date(body.now ?? '').getTime();
    if (Number.isNaN(remote))
      throw new Error(`the local clock at ${this.controlUrl} answered without a time`);
    this.#offsetMs = remote - Date.now();
  }

  now(): Date {
    return new Date(Date.now() + this.#offsetMs);
  }
}
