/**
 * The secret values a process holds, so that nothing it writes can carry them. The rotation
 * engine registers every value it reads or creates (current, pending, previous tokens and
 * keys) before it logs anything; the logger's formatter, the error mapping of the handlers
 * and alert preparation redact with it.
 */
import { containsSecretValue, redact } from '../alerts/redact.ts';
import { encodedForms } from './encoded-forms.ts';

export class SecretRegistry {
  readonly #values = new Set<string>();
  readonly #forms = new Set<string>();
  #longestFirst: string[] = [];

  /**
   * Registers a secret value and its encoded forms (hex, base64 at every alignment,
   * URL-encoded; for a base64 value also its bytes as hex and base64url). An empty value is
   * ignored; registering a value twice is harmless. Never throws.
   */
  register(value: string): void {
    if (typeof value !== 'string' || value === '' || this.#values.has(value)) return;
    this.#values.add(value);
    this.#forms.add(value);
    for (const form of encodedForms(value)) this.#forms.add(form);
    // Longest first, so a value containing another is replaced whole.
    this.#longestFirst = [...this.#forms].sort((a, b) => b.length - a.length);
  }

  /** `text` with every registered value and form replaced by `[REDACTED]`. Never throws. */
  redact(text: string): string {
    return this.#longestFirst.length === 0 ? text : redact(text, this.#longestFirst);
  }

  /** True when `text` holds a registered value or form. Never throws. */
  contains(text: string): boolean {
    return containsSecretValue(text, this.#longestFirst);
  }

  /** Every registered value and form, longest first (e.g. the `secretValues` of `prepareAlert`). */
  values(): readonly string[] {
    return this.#longestFirst;
  }

  /** Forgets every value (tests). */
  clear(): void {
    this.#values.clear();
    this.#forms.clear();
    this.#longestFirst = [];
  }
}
