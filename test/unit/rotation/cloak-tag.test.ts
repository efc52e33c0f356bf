import { describe, expect, it } from 'vitest';
import { cloakTag, decodeCloakKey } from '../../../shared/rotation/index.ts';

const ZEROS = 'AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=';

describe('cloakTag (C-10)', () => {
  it('is AES.GCM. and the first 8 hex digits of SHA-256 of the key bytes', () => {
    expect(cloakTag(ZEROS)).toBe('AES.GCM.66687aad');
  });

  it('is the same for the same key, whatever version holds it', () => {
    expect(cloakTag(ZEROS)).toBe(cloakTag(`${ZEROS}`));
  });

  it('is undefined for a value that is not a 32-byte key', () => {
    expect(cloakTag('c2hvcnQ=')).toBeUndefined();
  });
});

describe('decodeCloakKey', () => {
  it('decodes base64 of exactly 32 bytes', () => {
    expect(decodeCloakKey(ZEROS)).toHaveLength(32);
  });

  it('refuses 31 bytes', () => {
    expect(decodeCloakKey(Buffer.alloc(31).toString('base64'))).toBeUndefined();
  });

  it('refuses base64 that does not re-encode to itself', () => {
    expect(decodeCloakKey('AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAB=')).toBeUndefined();
  });

  it('refuses characters outside base64', () => {
    expect(decodeCloakKey('AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA-=')).toBeUndefined();
  });
});
