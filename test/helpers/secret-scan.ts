/**
 * A leak detector for tests: collects everything the product wrote to stdout/stderr (and
 * through `console`) while capturing, plus every value a test hands it (results, errors with
 * their cause chains, the SNS outbox, CloudTrail records, CLI output), and asserts that none
 * of the seeded secret values appears in any of it, raw or in a derived form: base64 and
 * base64url (aligned at any byte offset, so a value inside `Basic base64(sid:token)` is
 * found too), lower- and upper-case hex, URL-encoded, and for a base64 value (a cloak key)
 * the hex and base64url of its bytes. Reports name the secret by index, the form and where
 * it was found, never the value.
 *
 *   const scan = createSecretScan([primary, secondary]);
 *   scan.startCapture();
 *   ... act ...
 *   scan.stopCapture();
 *   scan.add('result', result);
 *   await scan.addLocalOutputs(local.controlUrl);
 *   scan.assertClean();
 *
 * The forms are computed here, independently of the product's `SecretRegistry`.
 */
import { format } from 'node:util';

export interface SecretFinding {
  /** Index of the secret in the order it was added (0-based). */
  secret: number;
  form: string;
  where: string;
}

export interface SecretScan {
  /** Seeds more secret values (empty strings are ignored). */
  addSecrets(...values: string[]): void;
  /** Hands a value: a string as is; anything else as JSON with errors spelt out. */
  add(where: string, value: unknown): void;
  /** Fetches and adds the SNS outbox, the CloudTrail records and the Twilio call log of `local`. */
  addLocalOutputs(controlUrl: string): Promise<void>;
  /** Starts collecting writes to `process.stdout`, `process.stderr` and `console` (still passed through). */
  startCapture(): void;
  /** Stops collecting; safe to call twice. */
  stopCapture(): void;
  /** Everything collected, by where it came from. */
  texts(): ReadonlyArray<{ where: string; text: string }>;
  findings(): SecretFinding[];
  /** Throws an Error listing each finding (never the value) when any seeded value appears. */
  assertClean(): void;
}

const MIN_FORM_LENGTH = 8;
const CONSOLE_METHODS = ['log', 'info', 'warn', 'error', 'debug', 'trace'] as const;

export function createSecretScan(secrets: readonly string[] = []): SecretScan {
  const forms: Array<{ secret: number; form: string; text: string }> = [];
  const texts: Array<{ where: string; text: string }> = [];
  let secretCount = 0;
  let restore: (() => void) | undefined;

  const scan: SecretScan = {
    addSecrets(...values) {
      for (const value of values) {
        if (value === '') continue;
        for (const [form, text] of formsOf(value)) forms.push({ secret: secretCount, form, text });
        secretCount += 1;
      }
    },
    add(where, value) {
      texts.push({ where, text: typeof value === 'string' ? value : serialise(value) });
    },
    async addLocalOutputs(controlUrl) {
      for (const path of ['sns/outbox', 'cloudtrail/records', 'twilio/calls']) {
        const res = await fetch(new URL(path, controlUrl));
        scan.add(`GET /_local/${path}`, await res.text());
      }
    },
    startCapture() {
      if (restore) return;
      restore = capture((where, text) => texts.push({ where, text }));
    },
    stopCapture() {
      restore?.();
      restore = undefined;
    },
    texts: () => [...texts],
    findings() {
      const found: SecretFinding[] = [];
      for (const { where, text } of texts)
        for (const f of forms)
          if (text.includes(f.text)) found.push({ secret: f.secret, form: f.form, where });
      return found;
    },
    assertClean() {
      const found = scan.findings();
      if (found.length === 0) return;
      const lines = found.map((f) => `secret #${f.secret} (${f.form}) in ${f.where}`);
      throw new Error(`seeded secret values leaked:\n- ${lines.join('\n- ')}`);
    },
  };
  scan.addSecrets(...secrets);
  return scan;
}

/** The value and its encodings, each at least `MIN_FORM_LENGTH` characters (the value itself always). */
function formsOf(value: string): Array<[string, string]> {
  const bytes = Buffer.from(value, 'utf8');
  const out: Array<[string, string]> = [['raw', value]];
  const push = (form: string, text: string) => {
    if (text.length >= MIN_FORM_LENGTH && text !== value) out.push([form, text]);
  };
  push('url-encoded', encodeURIComponent(value));
  push('hex', bytes.toString('hex'));
  push('HEX', bytes.toString('hex').toUpperCase());
  for (const shift of [0, 1, 2]) {
    push(`base64 shift ${shift}`, alignedBase64(bytes, shift, 'base64'));
    push(`base64url shift ${shift}`, alignedBase64(bytes, shift, 'base64url'));
  }
  const decoded = /^[A-Za-z0-9+/]+={0,2}$/.test(value) ? Buffer.from(value, 'base64') : undefined;
  if (decoded && decoded.length >= 16 && decoded.toString('base64') === value) {
    push('decoded bytes as hex', decoded.toString('hex'));
    push('decoded bytes as base64url', decoded.toString('base64url'));
  }
  return out;
}

/** The characters of base64(prefix of `shift` bytes + value) that depend on the value's bytes only. */
function alignedBase64(bytes: Buffer, shift: number, encoding: 'base64' | 'base64url'): string {
  const encoded = Buffer.concat([Buffer.alloc(shift), bytes]).toString(encoding);
  const first = Math.ceil((8 * shift) / 6);
  const end = Math.floor((8 * (shift + bytes.length)) / 6);
  return encoded.slice(first, end);
}

/** JSON with errors spelt out (name, message, stack, own fields, cause), cycles cut. */
function serialise(value: unknown): string {
  const seen = new WeakSet<object>();
  return JSON.stringify(value, function replacer(_key, v: unknown) {
    if (typeof v === 'bigint') return v.toString();
    if (typeof v !== 'object' || v === null) return v;
    if (seen.has(v)) return '[cycle]';
    seen.add(v);
    if (v instanceof Error) {
      const { name, message, stack } = v;
      const errors = (v as { errors?: unknown }).errors;
      return { ...Object.fromEntries(Object.entries(v)), name, message, stack, cause: v.cause, errors };
    }
    return v;
  });
}

function capture(sink: (where: string, text: string) => void): () => void {
  const undo: Array<() => void> = [];
  for (const [where, stream] of [
    ['stdout', process.stdout],
    ['stderr', process.stderr],
  ] as const) {
    const original = stream.write;
    stream.write = function write(this: typeof stream, chunk: unknown, ...rest: unknown[]) {
      sink(where, typeof chunk === 'string' ? chunk : Buffer.from(chunk as Uint8Array).toString('utf8'));
      return (original as (...args: unknown[]) => boolean).call(this, chunk, ...rest);
    } as typeof stream.write;
    undo.push(() => {
      stream.write = original;
    });
  }
  for (const method of CONSOLE_METHODS) {
    const original = console[method];
    console[method] = (...args: unknown[]) => {
      sink(`console.${method}`, format(...args));
      original.apply(console, args);
    };
    undo.push(() => {
      console[method] = original;
    });
  }
  return () => {
    for (const step of undo.reverse()) step();
  };
}
