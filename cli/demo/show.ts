/**
 * How the demo prints: numbered steps with a short explanation, indented facts, simple
 * tables, and fingerprints in place of values (a cloak key by its Cloak tag, anything else
 * by the first 8 hex digits of its SHA-256). Nothing here ever prints a value.
 */
import { createHash } from 'node:crypto';
import { cloakTag } from '../../shared/rotation/index.ts';

export interface Printer {
  /** Starts a numbered step: a title and a short explanation. */
  step(title: string, why: string): void;
  /** One indented line. */
  line(text?: string): void;
  /** A table: a header row and rows, each column padded. */
  table(header: readonly string[], rows: readonly (readonly string[])[]): void;
}

/** A printer over `out`. Never throws. */
export function createPrinter(out: (text: string) => void): Printer {
  let n = 0;
  return {
    step(title, why) {
      n += 1;
      out(`\n${String(n).padStart(2)}. ${title}\n${wrap(why, '    ')}\n`);
    },
    line(text = '') {
      out(text === '' ? '\n' : `    ${text}\n`);
    },
    table(header, rows) {
      const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
      const fmt = (cells: readonly string[]) =>
        `    ${cells.map((c, i) => c.padEnd(widths[i] ?? 0)).join('  ')}`.trimEnd();
      out(`${[fmt(header), fmt(widths.map((w) => '-'.repeat(w))), ...rows.map(fmt)].join('\n')}\n`);
    },
  };
}

/** The fingerprint of a value: its Cloak tag for a 32-byte key, else `sha256:<8 hex>`. Never throws. */
export function fingerprint(value: string | undefined): string {
  if (value === undefined) return '(none)';
  return cloakTag(value) ?? `sha256:${createHash('sha256').update(value).digest('hex').slice(0, 8)}`;
}

function wrap(text: string, indent: string, width = 92): string {
  const lines: string[] = [];
  let current = '';
  for (const word of text.split(/\s+/)) {
    if (current !== '' && indent.length + current.length + word.length + 1 > width) {
      lines.push(indent + current);
      current = word;
    } else current = current === '' ? word : `${current} ${word}`;
  }
  if (current !== '') lines.push(indent + current);
  return lines.join('\n');
}
