/**
 * Shrinks one alert that does not fit an SNS message on its own: first its details (cut at
 * a character boundary), then its evidence ids, then its title and facts. The alert is never
 * dropped; it records how many characters and evidence ids were left out, and the rendered
 * message says so.
 */
import type { PreparedAlert } from './prepare.ts';

/** Code points that continue the character before them (marks, joiners, variation selectors, skin tones, tags). */
const MARK = /^\p{M}$/u;
function extendsPrevious(cp: string): boolean {
  const code = cp.codePointAt(0) ?? 0;
  return (
    MARK.test(cp) ||
    code === 0x200d ||
    code === 0xfe0e ||
    code === 0xfe0f ||
    (code >= 0x1f3fb && code <= 0x1f3ff) ||
    (code >= 0xe0020 && code <= 0xe007f)
  );
}
const codePoints = (text: string) => [...text].length;

/**
 * The text split into cut points: each entry is a code point with the code points that
 * extend it, so cutting between entries never splits a surrogate pair, a letter from its
 * accent, or an emoji sequence. (Intl.Segmenter is exact but far too slow on large texts.)
 */
function characters(text: string): string[] {
  const out: string[] = [];
  let joined = false;
  for (const cp of text) {
    if (out.length > 0 && (joined || extendsPrevious(cp))) out[out.length - 1] += cp;
    else out.push(cp);
    joined = cp === '\u200D';
  }
  return out;
}
/** The most of the title kept when the title itself has to be cut. */
const TITLE_KEEP = 200;

/** The largest n in [0, max] for which `ok(n)` holds, given ok is monotone (true then false). */
function largest(max: number, ok: (n: number) => boolean): number | undefined {
  if (!ok(0)) return undefined;
  let lo = 0;
  let hi = max;
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (ok(mid)) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/**
 * Returns `alert` itself when `fits(alert)`, otherwise the largest shortened copy that fits
 * (or the shortest possible copy if none does). Never throws.
 */
export function summarise<A extends PreparedAlert>(alert: A, fits: (candidate: A) => boolean): A {
  if (fits(alert)) return alert;
  const detail = characters(alert.details);
  const detailChars = codePoints(alert.details);
  const withDetails = (n: number, base: A = alert, extraChars = 0): A => {
    const kept = detail.slice(0, n).join('');
    return {
      ...base,
      details: kept,
      omitted: {
        characters: detailChars - codePoints(kept) + extraChars,
        evidence: base.omitted?.evidence ?? 0,
      },
    };
  };
  const byDetails = largest(detail.length, (n) => fits(withDetails(n)));
  if (byDetails !== undefined) return withDetails(byDetails);

  const withEvidence = (m: number, base: A): A => ({
    ...base,
    evidence: base.evidence.slice(0, m),
    omitted: { characters: base.omitted?.characters ?? 0, evidence: alert.evidence.length - m },
  });
  const noDetails = withDetails(0);
  const byEvidence = largest(alert.evidence.length, (m) => fits(withEvidence(m, noDetails)));
  if (byEvidence !== undefined) return withEvidence(byEvidence, noDetails);

  const title = characters(alert.title).slice(0, TITLE_KEEP).join('');
  const bare: A = { ...alert, title, facts: {}, evidence: [] };
  return withEvidence(0, withDetails(0, bare, codePoints(alert.title) - codePoints(title)));
}
