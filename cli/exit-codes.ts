/** Exit codes of `sra`, documented in the README's operator runbook. */
export const EXIT = {
  ok: 0,
  /** The command ran and found something that needs attention (e.g. audit findings). */
  attention: 1,
  /** Bad usage or configuration: nothing was changed. */
  usage: 2,
  /** The command failed part-way; the message says what was and was not done. */
  failed: 3,
} as const;
