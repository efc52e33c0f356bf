/**
 * `sra status|rotate|resume|cancel|retire|rollback|relabel`: the rotation function's
 * operator actions over the same shared code, with the operator's credentials. Each builds
 * the same payload the function accepts and validates it with the same schema.
 *
 * Exit codes (`cli/exit-codes.ts`): 0 done, already done, nothing to do, dry run, or a
 * status with nothing blocked and nothing needing attention; 1 refused (nothing changed;
 * the remedy is printed), a rotation in progress, or a status showing something blocked or
 * needing attention (a last error; a rotation in progress whose lock is not live); 2 bad usage, payload or
 * configuration (nothing changed); 3 failed part-way (the state says where; resume).
 * `adopted-then-refused` (drift or a hand-made version adopted, the rotation refused) is 1.
 * Interrupted by SIGINT or SIGTERM: the run stops after the call in flight, releases its
 * own lock, prints what was and was not done, and exits 130 or 143.
 */
import type { Command } from 'commander';
import {
  type ActionResult,
  type OperatorPayload,
  operatorPayloadSchema,
  runAction,
  type StatusResult,
} from '../../shared/rotation/index.ts';
import { EXIT } from '../exit-codes.ts';
import type { CliContext } from '../program.ts';
import { cliRotationDeps } from './rotation-deps.ts';
import { SIGNAL_EXIT, watchInterrupts } from './rotation-interrupt.ts';
import { formatAction, formatStatus } from './rotation-output.ts';

interface Flags {
  json?: boolean;
  dryRun?: boolean;
  confirm?: boolean;
  now?: boolean;
  current?: string;
  previous?: string;
}

/** Registers the rotation commands on `program`. */
export function registerRotationCommands(program: Command, context: CliContext): void {
  program
    .command('status [secret]')
    .description('versions, labels, key tags, phase, next due and what blocks, per rotated secret')
    .option('--json', 'print JSON')
    .action((secret: string | undefined, flags: Flags) =>
      run(context, { action: 'status', ...(secret ? { secret } : {}) }, flags),
    );
  const action = (name: OperatorPayload['action'], description: string) =>
    program
      .command(`${name} <secret>`)
      .description(description)
      .option('--json', 'print JSON')
      .option('--dry-run', 'report what would be done; change nothing');
  action('rotate', 'rotate now (or continue the rotation in progress)').action((secret: string, f: Flags) =>
    run(context, { action: 'rotate', secret, ...dry(f) }, f),
  );
  action('resume', 'continue the rotation in progress from its last completed step').action(
    (secret: string, f: Flags) => run(context, { action: 'resume', secret, ...dry(f) }, f),
  );
  action('cancel', 'before promotion: delete the pending value (and the Twilio secondary token)').action(
    (secret: string, f: Flags) => run(context, { action: 'cancel', secret, ...dry(f) }, f),
  );
  action('retire', 'end the old value: Twilio after the grace period (or --now), cloak key with --confirm')
    .option('--now', 'Twilio: skip the grace period (the old token leaked)')
    .option('--confirm', 'cloak key: every row was re-encrypted with the current key')
    .action((secret: string, f: Flags) =>
      run(
        context,
        {
          action: 'retire',
          secret,
          ...dry(f),
          ...(f.now ? { now: true } : {}),
          ...(f.confirm ? { confirm: true } : {}),
        },
        f,
      ),
    );
  action('rollback', 'write the previous value back as the latest version').action(
    (secret: string, f: Flags) => run(context, { action: 'rollback', secret, ...dry(f) }, f),
  );
  action('relabel', 'repair: put `current` (on the latest version) and `previous` on named versions')
    .requiredOption('--current <version>', 'the version that gets `current` (the latest)')
    .option('--previous <version>', 'the version that gets `previous` (omitted: `previous` is removed)')
    .option('--confirm', 'confirm moving the labels the application reads')
    .action((secret: string, f: Flags) =>
      run(
        context,
        {
          action: 'relabel',
          secret,
          ...dry(f),
          ...(f.confirm ? { confirm: true } : {}),
          versions: versionsOf(f),
        },
        f,
      ),
    );
}

/** A version flag as a number; NaN for anything but a positive whole number. */
function versionNumber(text: string): number {
  return /^[1-9][0-9]*$/.test(text.trim()) ? Number(text) : Number.NaN;
}

/** Why the relabel flags are bad, or undefined. */
function badVersionFlags(raw: Record<string, unknown>): string | undefined {
  const versions = raw.versions as { current?: number; previous?: number } | undefined;
  if (versions === undefined) return undefined;
  const bad = (['current', 'previous'] as const).filter((k) => k in versions && Number.isNaN(versions[k]));
  return bad.length === 0 ? undefined : bad.map((k) => `--${k} must be a version number`).join('; ');
}

const dry = (f: Flags) => (f.dryRun ? { dryRun: true } : {});

function versionsOf(f: Flags): { current: number; previous?: number } {
  const current = versionNumber(f.current ?? '');
  return f.previous === undefined ? { current } : { current, previous: versionNumber(f.previous) };
}

async function run(context: CliContext, raw: Record<string, unknown>, flags: Flags): Promise<void> {
  const badFlags = badVersionFlags(raw);
  if (badFlags !== undefined) {
    process.stderr.write(`sra: invalid ${String(raw.action)} request: ${badFlags}\n`);
    process.exitCode = EXIT.usage;
    return;
  }
  const config = context.config();
  const parsed = operatorPayloadSchema(config).safeParse(raw);
  if (!parsed.success) {
    const issues = parsed.error.issues.map((i) => `${i.path.join('.') || 'payload'}: ${i.message}`);
    process.stderr.write(`sra: invalid ${String(raw.action)} request: ${issues.join('; ')}\n`);
    process.exitCode = EXIT.usage;
    return;
  }
  const { deps, close } = await cliRotationDeps(config);
  const interrupts = watchInterrupts(
    process,
    (text) => process.stderr.write(text),
    (code) => process.exit(code),
  );
  try {
    const result = await runAction({ ...deps, signal: interrupts.signal }, parsed.data);
    context.out(flags.json ? `${JSON.stringify(result, null, 2)}\n` : format(result));
    const received = interrupts.received();
    process.exitCode = received === undefined ? exitCode(result) : SIGNAL_EXIT[received];
  } finally {
    interrupts.dispose();
    close();
  }
}

function format(result: ActionResult | StatusResult): string {
  return result.action === 'status'
    ? formatStatus(result as StatusResult)
    : formatAction(result as ActionResult);
}

/** The exit code of a result (see the file's comment). Never throws. */
export function exitCode(result: ActionResult | StatusResult): number {
  if (result.action === 'status') {
    const needs = (result as StatusResult).secrets.some((s) => s.blockedBy.length + s.attention.length > 0);
    return needs ? EXIT.attention : EXIT.ok;
  }
  const outcome = (result as ActionResult).outcome;
  if (outcome === 'failed') return EXIT.failed;
  if (outcome === 'interrupted') return SIGNAL_EXIT.SIGINT;
  return outcome === 'refused' || outcome === 'adopted-then-refused' ? EXIT.attention : EXIT.ok;
}
