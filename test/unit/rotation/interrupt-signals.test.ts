import { EventEmitter } from 'node:events';
import { describe, expect, it } from 'vitest';
import { SIGNAL_EXIT, watchInterrupts } from '../../../cli/commands/rotation-interrupt.ts';

function watch() {
  const source = new EventEmitter();
  const said: string[] = [];
  const exits: number[] = [];
  const interrupts = watchInterrupts(
    source,
    (text) => said.push(text),
    (code) => exits.push(code),
  );
  return { source, said, exits, interrupts };
}

describe('watchInterrupts', () => {
  it('the first SIGINT aborts the run with its name and does not exit', () => {
    const { source, said, exits, interrupts } = watch();

    source.emit('SIGINT');

    expect(interrupts.signal.aborted).toBe(true);
    expect(interrupts.signal.reason).toBe('SIGINT');
    expect(interrupts.received()).toBe('SIGINT');
    expect(exits).toEqual([]);
    expect(said).toEqual([
      'sra: SIGINT received: stopping after the call in flight, then releasing the lock (Ctrl-C again quits at once)\n',
    ]);
  });

  it('a second signal exits at once with 128 + its number', () => {
    const { source, exits } = watch();

    source.emit('SIGTERM');
    source.emit('SIGTERM');

    expect(exits).toEqual([SIGNAL_EXIT.SIGTERM]);
    expect(SIGNAL_EXIT).toEqual({ SIGINT: 130, SIGTERM: 143 });
  });

  it('dispose stops listening', () => {
    const { source, interrupts } = watch();

    interrupts.dispose();

    expect(source.listenerCount('SIGINT') + source.listenerCount('SIGTERM')).toBe(0);
  });
});
