import { describe, expect, it } from 'vitest';
import { SecretRegistry } from '../../../shared/logging/index.ts';

const TOKEN = '0123456789abcdef0123456789abcdef';
const SID = `AC${'f'.repeat(32)}`;
/** base64 of the 32 bytes 0x00..0x1f. */
const CLOAK_KEY = 'AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8=';

function registryWith(...values: string[]): SecretRegistry {
  const registry = new SecretRegistry();
  for (const value of values) registry.register(value);
  return registry;
}

describe('SecretRegistry', () => {
  it('redacts a registered value wherever it appears', () => {
    const registry = registryWith(TOKEN);

    expect(registry.redact(`token=${TOKEN}; again ${TOKEN}`)).toBe('token=[REDACTED]; again [REDACTED]');
  });

  it('redacts the token inside an HTTP Basic credential of sid:token', () => {
    const registry = registryWith(TOKEN);
    const header = `Basic ${Buffer.from(`${SID}:${TOKEN}`).toString('base64')}`;

    expect(registry.contains(header)).toBe(true);
    expect(registry.redact(header)).toContain('[REDACTED]');
  });

  it('redacts the hex form of a value', () => {
    const registry = registryWith(TOKEN);
    const hex = Buffer.from(TOKEN, 'utf8').toString('hex');

    expect(registry.redact(`dump ${hex} end`)).toBe('dump [REDACTED] end');
  });

  it('redacts the bytes of a base64 key written as hex', () => {
    const registry = registryWith(CLOAK_KEY);
    const bytesHex = '000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f';

    expect(registry.redact(`key bytes ${bytesHex}`)).toBe('key bytes [REDACTED]');
  });

  it('replaces a value containing another registered value whole', () => {
    const registry = registryWith('abcdefgh', 'abcdefgh-ijklmnop');

    expect(registry.redact('x abcdefgh-ijklmnop y')).toBe('x [REDACTED] y');
  });

  it('ignores an empty value', () => {
    const registry = registryWith('');

    expect(registry.redact('nothing to hide')).toBe('nothing to hide');
    expect(registry.values()).toEqual([]);
  });

  it('answers false from contains for clean text', () => {
    const registry = registryWith(TOKEN);

    expect(registry.contains('no secret here')).toBe(false);
  });

  it('lists the value among its forms, longest first', () => {
    const registry = registryWith(TOKEN);

    const values = registry.values();

    expect(values).toContain(TOKEN);
    expect([...values].sort((a, b) => b.length - a.length)).toEqual(values);
  });

  it('forgets every value on clear', () => {
    const registry = registryWith(TOKEN);

    registry.clear();

    expect(registry.redact(TOKEN)).toBe(TOKEN);
  });
});
