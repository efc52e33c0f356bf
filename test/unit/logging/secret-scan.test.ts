import { describe, expect, it } from 'vitest';
import { createSecretScan } from '../../helpers/secret-scan.ts';

const TOKEN = '00112233445566778899aabbccddeeff';
const SID = `AC${'2'.repeat(32)}`;
/** base64 of the 32 bytes 0x00..0x1f. */
const CLOAK_KEY = 'AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8=';

describe('createSecretScan (test helper)', () => {
  it('finds a raw value in a handed string, naming the place but not the value', () => {
    const scan = createSecretScan([TOKEN]);
    scan.add('cli output', `token: ${TOKEN}`);

    expect(scan.findings()).toEqual([{ secret: 0, form: 'raw', where: 'cli output' }]);
    expect(() => scan.assertClean()).toThrow(/secret #0 \(raw\) in cli output/);
    expect(() => scan.assertClean()).not.toThrow(new RegExp(TOKEN));
  });

  it('finds a token inside an HTTP Basic credential of sid:token (35 bytes before it: shift 2)', () => {
    const scan = createSecretScan([TOKEN]);
    scan.add('header', `Basic ${Buffer.from(`${SID}:${TOKEN}`).toString('base64')}`);

    expect(scan.findings().map((f) => f.form)).toContain('base64 shift 2');
  });

  it("finds a base64 key's bytes written as hex", () => {
    const scan = createSecretScan([CLOAK_KEY]);
    scan.add('dump', '000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f');

    expect(scan.findings().map((f) => f.form)).toEqual(['decoded bytes as hex']);
  });

  it('finds a value inside an error cause handed as an object', () => {
    const scan = createSecretScan([TOKEN]);
    scan.add('result', { ok: false, error: new Error('outer', { cause: new Error(`inner ${TOKEN}`) }) });

    expect(scan.findings()).toEqual([{ secret: 0, form: 'raw', where: 'result' }]);
  });

  it('captures what is written to stdout while capturing', () => {
    const scan = createSecretScan([TOKEN]);
    const write = process.stdout.write;
    process.stdout.write = (() => true) as typeof process.stdout.write;
    try {
      scan.startCapture();
      process.stdout.write(`leak ${TOKEN}\n`);
      scan.stopCapture();
    } finally {
      process.stdout.write = write;
    }

    expect(scan.findings()).toEqual([{ secret: 0, form: 'raw', where: 'stdout' }]);
  });

  it('passes when nothing seeded appears', () => {
    const scan = createSecretScan([TOKEN, CLOAK_KEY]);
    scan.add('result', { ok: true, secret: 'twilio-auth-token', version: 3 });

    expect(() => scan.assertClean()).not.toThrow();
  });
});
