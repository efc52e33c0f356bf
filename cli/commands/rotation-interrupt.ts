/**
 * SIGINT and SIGTERM during a rotation command: the first signal asks the run to stop after
 * the call in flight (it then releases its own lock and says what was and was not done);
 * a second one ends the process at once (the lock then expires with its lease).
 */

/** The exit code of a process ended by a signal: 128 + its number. */
export const SIGNAL_EXIT = { SIGINT: 130, SIGTERM: 143 } as const;
export type StopSignal = keyof typeof SIGNAL_EXIT;

/** What listens for signals: `process`, or a stand-in in tests. */
export interface SignalSource {
  on(signal: StopSignal, listener: () => void): unknown;
  off(signal: StopSignal, listener: () => void): unknown;
}

export interface Interruption {
  /** Aborted (with the signal's name as reason) at the first signal. */
  readonly signal: AbortSignal;
  /** The first signal received, if any. */
  received(): StopSignal | undefined;
  /** Stops listening. */
  dispose(): void;
}

/**
 * Listens for SIGINT and SIGTERM on `source` until `dispose`. `say` writes the notice;
 * `exit` ends the process at a second signal. Never throws.
 */
export function watchInterrupts(
  source: SignalSource,
  say: (text: string) => void,
  exit: (code: number) => void,
): Interruption {
  const controller = new AbortController();
  let first: StopSignal | undefined;
  const listeners = (Object.keys(SIGNAL_EXIT) as StopSignal[]).map((name) => {
    const listener = () => {
      if (first !== undefined) {
        say(`sra: ${name} again: quitting now; the lock expires with its lease\n`);
        exit(SIGNAL_EXIT[name]);
        return;
      }
      first = name;
      say(
        `sra: ${name} received: stopping after the call in flight, then releasing the lock (${name === 'SIGINT' ? 'Ctrl-C' : name} again quits at once)\n`,
      );
      controller.abort(name);
    };
    source.on(name, listener);
    return [name, listener] as const;
  });
  return {
    signal: controller.signal,
    received: () => first,
    dispose: () => {
      for (const [name, listener] of listeners) source.off(name, listener);
    },
  };
}
