/**
 * `LookupEvents`' 2 requests per second, measured in real (wall) time because the SDK
 * paces and backs off in real time: a call is accepted when fewer than the limit were
 * accepted in the last second.
 */
export class RateLimiter {
  readonly #perSecond: number;
  readonly #now: () => number;
  #accepted: number[] = [];

  constructor(perSecond: number, now: () => number = Date.now) {
    this.#perSecond = perSecond;
    this.#now = now;
  }

  /** True (and counted) when the call is within the limit. */
  take(): boolean {
    const now = this.#now();
    this.#accepted = this.#accepted.filter((time) => now - time < 1000);
    if (this.#accepted.length >= this.#perSecond) return false;
    this.#accepted.push(now);
    return true;
  }

  reset(): void {
    this.#accepted = [];
  }
}
