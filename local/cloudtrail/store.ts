/**
 * CloudTrail's record store. Every record is kept with the time (on the stand-ins' clock)
 * from which `LookupEvents` may see it: its arrival plus a delivery delay, the store's
 * setting unless a record brings its own (real CloudTrail delivers in about 5 minutes on
 * average, sometimes much later, and out of order).
 */
import type { LocalClock } from '../core/clock.ts';
import type { CloudTrailRecord } from './record.ts';

export interface StoredRecord {
  /** Arrival order; breaks ties between records of the same second. */
  seq: number;
  record: CloudTrailRecord;
  /** Epoch milliseconds from which `LookupEvents` returns the record. */
  deliverAt: number;
}

export interface TrailSettings {
  /** Delay between a call and its record becoming visible (default 0). */
  deliveryDelayMs: number;
  /** When true, `LookupEvents` allows 2 requests per second (real time) and throttles beyond. */
  lookupRateLimit: boolean;
}

export class TrailStore {
  readonly #clock: LocalClock;
  readonly #defaults: TrailSettings;
  #settings: TrailSettings;
  #records: StoredRecord[] = [];
  #seq = 0;

  constructor(clock: LocalClock, defaults: Partial<TrailSettings> = {}) {
    this.#clock = clock;
    this.#defaults = { deliveryDelayMs: 0, lookupRateLimit: false, ...defaults };
    this.#settings = { ...this.#defaults };
  }

  get settings(): TrailSettings {
    return { ...this.#settings };
  }

  configure(change: Partial<TrailSettings>): TrailSettings {
    this.#settings = { ...this.#settings, ...change };
    return this.settings;
  }

  /** Keeps a record; it becomes visible after `deliveryDelayMs` (the setting when absent). */
  append(record: CloudTrailRecord, deliveryDelayMs = this.#settings.deliveryDelayMs): StoredRecord {
    const stored = { seq: ++this.#seq, record, deliverAt: this.#clock.now().getTime() + deliveryDelayMs };
    this.#records.push(stored);
    return stored;
  }

  /** Records whose delivery time has come. */
  delivered(): StoredRecord[] {
    const now = this.#clock.now().getTime();
    return this.#records.filter((stored) => stored.deliverAt <= now);
  }

  /** Every record, delivered or not, in arrival order. */
  all(): StoredRecord[] {
    return [...this.#records];
  }

  /** Forgets every record and restores the settings the server started with. */
  reset(): void {
    this.#records = [];
    this.#settings = { ...this.#defaults };
  }
}
