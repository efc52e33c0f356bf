/**
 * Injected faults: for a service and action (or `*`), an error in that service's protocol,
 * added latency, or a dropped connection before the call reaches the service
 * (`drop: 'before'`) or after it took effect (`drop: 'after'`). A fault fires from the
 * `nth` matching call on (default the first), `times` times (default every call).
 */
import type { Route, ServiceError } from './service.ts';

export interface FaultSpec {
  service: string;
  /** An action name or `*` for every action of the service. */
  action: string;
  error?: ServiceError;
  latencyMs?: number;
  drop?: 'before' | 'after';
  /** The first matching call (1-based) on which the fault fires. */
  nth?: number;
  /** How many times it fires; unlimited when absent. */
  times?: number;
}

export interface Fault extends FaultSpec {
  id: string;
  /** Calls that matched the service and action. */
  matched: number;
  /** Calls on which the fault fired. */
  fired: number;
}

/** What the server does to one call. */
export interface FaultDecision {
  latencyMs: number;
  error: ServiceError | undefined;
  drop: 'before' | 'after' | undefined;
}

export class FaultRegistry {
  #faults: Fault[] = [];
  #next = 1;

  add(spec: FaultSpec): Fault {
    const fault: Fault = { ...spec, id: `fault-${this.#next++}`, matched: 0, fired: 0 };
    this.#faults.push(fault);
    return fault;
  }

  list(): Fault[] {
    return this.#faults.map((fault) => ({ ...fault }));
  }

  /** Removes one fault; false when no fault has that id. */
  remove(id: string): boolean {
    const before = this.#faults.length;
    this.#faults = this.#faults.filter((fault) => fault.id !== id);
    return this.#faults.length < before;
  }

  /** Removes every fault; ids start again from `fault-1`. */
  clear(): void {
    this.#faults = [];
    this.#next = 1;
  }

  /** Counts the call against every matching fault; undefined when none fires. */
  decide(route: Route): FaultDecision | undefined {
    let decision: FaultDecision | undefined;
    for (const fault of this.#faults) {
      if (fault.service !== route.service || (fault.action !== '*' && fault.action !== route.action))
        continue;
      fault.matched += 1;
      if (!fires(fault)) continue;
      fault.fired += 1;
      decision ??= { latencyMs: 0, error: undefined, drop: undefined };
      decision.latencyMs += fault.latencyMs ?? 0;
      decision.error ??= fault.error;
      decision.drop ??= fault.drop;
    }
    return decision;
  }
}

function fires(fault: Fault): boolean {
  if (fault.matched < (fault.nth ?? 1)) return false;
  return fault.times === undefined || fault.fired < fault.times;
}
