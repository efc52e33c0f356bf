/** What every `sra` command that talks to AWS shares: its clock and how it names itself as a lock owner. */
import { hostname, userInfo } from 'node:os';
import { type Clock, RemoteClock, systemClock } from '../shared/clock/index.ts';

/** The stand-ins' clock when `controlUrl` is set, else the system clock. Throws when it does not answer. */
export async function cliClock(controlUrl: string | undefined): Promise<Clock> {
  if (controlUrl === undefined || controlUrl === '') return systemClock;
  const remote = new RemoteClock(controlUrl);
  await remote.sync();
  return remote;
}

/** `cli:<user>@<host>`: who holds a lock or lease taken from the CLI (shown by `status`). Never throws. */
export function cliOwner(): string {
  let user = 'unknown';
  try {
    user = userInfo().username;
  } catch {
    // No user entry (e.g. a container without /etc/passwd): keep `unknown`.
  }
  return `cli:${user}@${hostname()}`;
}
