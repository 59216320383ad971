// From the word lists themselves, not src/lexicon.ts, which reads its
// invisibles through this test (dropInvisibles).
import lexicon from '../lexicon.json' with { type: 'json' };

// The lexicon's invisibles as code units (all in the BMP, none below U+00AD).
const INVISIBLE_CODES: ReadonlySet<number> = new Set([...lexicon.invisibles.chars].map((char) => char.charCodeAt(0)));
const FIRST_INVISIBLE = Math.min(...INVISIBLE_CODES);

/**
 * Whether a UTF-16 code unit is one of the lexicon's invisible format
 * characters (`INVISIBLES`: SOFT HYPHEN, ZERO WIDTH SPACE …). A char-code
 * test, so that a per-character check builds no one-character string.
 *
 * @param c - A code unit (`text.charCodeAt(i)`); `NaN` gives false.
 * @internal
 */
export function isInvisibleCode(c: number): boolean {
  return c >= FIRST_INVISIBLE && INVISIBLE_CODES.has(c);
}
