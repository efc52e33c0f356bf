/**
 * The options of `sra audit` checked into one request: log files, or a LookupEvents window
 * (`--since`, or `--from` with an optional `--to`). Every problem is a usage error naming
 * the option.
 */
import { z } from 'zod';
import { parseDuration } from '../../shared/config/index.ts';

export interface AuditFlags {
  logs?: string[];
  since?: string;
  from?: string;
  to?: string;
  json?: boolean;
  alert?: boolean;
  dryRun?: boolean;
}

export type AuditRequest =
  | { readonly kind: 'logs'; readonly paths: string[]; readonly alert: boolean }
  | {
      readonly kind: 'window';
      /** `--from`; absent with `--since`. */
      readonly from?: Date;
      readonly sinceMs?: number;
      /** `--to`; absent: now. */
      readonly to?: Date;
      readonly alert: boolean;
    };

const isoTime = z.iso.datetime({ offset: true });

/** The request, or the usage error. Never throws. */
export function auditRequest(
  flags: AuditFlags,
): { ok: true; request: AuditRequest } | { ok: false; message: string } {
  // --dry-run changes nothing: with --alert it reports what would be alerted, without sending.
  const alert = flags.alert === true && flags.dryRun !== true;
  const window = flags.since !== undefined || flags.from !== undefined || flags.to !== undefined;
  if (flags.logs !== undefined) {
    if (window) return fail('--logs cannot be combined with --since, --from or --to');
    return { ok: true, request: { kind: 'logs', paths: flags.logs, alert } };
  }
  if (!window) return fail('give --logs PATH..., --since DURATION, or --from TIME [--to TIME]');
  if (flags.since !== undefined && (flags.from !== undefined || flags.to !== undefined)) {
    return fail('--since cannot be combined with --from or --to');
  }
  if (flags.since !== undefined) {
    const sinceMs = parseDuration(flags.since);
    if (sinceMs === undefined)
      return fail(`--since: "${flags.since}" is not a duration such as 90m, 24h or 7d`);
    return { ok: true, request: { kind: 'window', sinceMs, alert } };
  }
  if (flags.from === undefined) return fail('--to needs --from');
  const from = time('--from', flags.from);
  if (typeof from === 'string') return fail(from);
  const to = flags.to === undefined ? undefined : time('--to', flags.to);
  if (typeof to === 'string') return fail(to);
  return { ok: true, request: { kind: 'window', from, ...(to === undefined ? {} : { to }), alert } };
}

function time(option: string, text: string): Date | string {
  return isoTime.safeParse(text).success
    ? new Date(text)
    : `${option}: "${text}" is not an ISO 8601 time with a zone, e.g. 2026-03-01T10:00:00Z`;
}

function fail(message: string): { ok: false; message: string } {
  return { ok: false, message };
}
