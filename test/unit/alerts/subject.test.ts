import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SNS_PUBLISH_LIMITS } from '../../../shared/alerts/constants.ts';
import { sanitiseSubject } from '../../../shared/alerts/subject.ts';

describe('sanitiseSubject (C-14)', () => {
  it('cuts a long subject to fewer than 100 characters, marking the cut', () => {
    const subject = sanitiseSubject(`Rotation failed for /app/${'x'.repeat(120)}`);

    expect(subject).toBe(`Rotation failed for /app/${'x'.repeat(71)}...`);
    expect(subject?.length).toBe(99);
  });

  it('keeps a subject of exactly 99 characters whole', () => {
    expect(sanitiseSubject('a'.repeat(99))).toBe('a'.repeat(99));
  });

  it('transliterates accents, drops emoji and joins lines', () => {
    expect(sanitiseSubject('Clé tournée ✅\nprod')).toBe('Cle tournee prod');
  });

  it('omits an empty subject', () => {
    expect(sanitiseSubject('')).toBeUndefined();
  });

  it('omits a subject with nothing printable left', () => {
    expect(sanitiseSubject('✅ 🔑\n\t')).toBeUndefined();
  });

  it('removes a leading space', () => {
    expect(sanitiseSubject('  drift on cloak-key')).toBe('drift on cloak-key');
  });

  it('removes leading symbols the service refuses', () => {
    expect(sanitiseSubject('$~ ^rotated cloak-key')).toBe('rotated cloak-key');
  });

  it('keeps a leading punctuation mark', () => {
    expect(sanitiseSubject('[HIGH] drift')).toBe('[HIGH] drift');
  });

  it('turns CRLF, tabs and control characters into single spaces', () => {
    expect(sanitiseSubject('a\r\nb\tc\u0007d')).toBe('a b c d');
  });

  it('spells typographic punctuation and German sharp s in ASCII', () => {
    expect(sanitiseSubject('Schlüssel “groß” – rotiert → ok…')).toBe('Schlussel "gross" - rotiert -> ok...');
  });

  it('cuts after transliteration, so the result never exceeds the limit', () => {
    const subject = sanitiseSubject('é'.repeat(150));

    expect(subject).toBe(`${'e'.repeat(SNS_PUBLISH_LIMITS.maxSubjectChars - 3)}...`);
  });

  it('returns only printable ASCII for any input', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 300 }), (text) => {
        const subject = sanitiseSubject(text);
        return (
          subject === undefined ||
          (/^[\x20-\x7E]{1,99}$/.test(subject) && /^[A-Za-z0-9!"#%&'()*,\-./:;?@[\\\]_{}]/.test(subject))
        );
      }),
    );
  });
});
