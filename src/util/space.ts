import { SPACES, isInvisibleCode } from '../lexicon.js';

/**
 * Whether a UTF-16 code unit is white space to JavaScript's `\s`: TAB, LF,
 * VT, FF, CR, SPACE, NO-BREAK SPACE, OGHAM SPACE MARK, U+2000–U+200A,
 * LINE SEPARATOR, PARAGRAPH SEPARATOR, NARROW NO-BREAK SPACE, MEDIUM
 * MATHEMATICAL SPACE, IDEOGRAPHIC SPACE and the BOM (U+FEFF). A char-code
 * test, so that trimming a line costs no regex.
 *
 * @param c - A code unit (`text.charCodeAt(i)`); `NaN` gives false.
 * @internal
 */
export function isSpaceCode(c: number): boolean {
  if (c <= 32) return c === 32 || (c >= 9 && c <= 13);
  if (c < 160) return false;
  return (
    c === 160 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  );
}

/**
 * Whether a line has fewer than `limit` words: runs of characters other than
 * white space (`isSpaceCode`), counted until the limit is reached.
 *
 * @internal
 */
export function fewerWordsThan(value: string, limit: number): boolean {
  let words = 0;
  let inWord = false;
  for (let i = 0; i < value.length; i++) {
    const space = isSpaceCode(value.charCodeAt(i));
    if (!space && !inWord && ++words >= limit) return false;
    inWord = !space;
  }
  return true;
}

// Runs of `\s`, which normalizeSpace makes one space.
const WHITE_RUN = /\s+/gu;
// What normalizeSpace changes inside a text: two spaces in a row, or a space
// other than SPACE. (No `u` flag: `\s` is the same set of BMP characters,
// and the scan is faster.)
const MISSPACED = /\s\s|[^\S ]/;

/**
 * Whitespace runs made one space, NFC, trimmed: to compare titles as people
 * read them (a TOC entry with its section, an article's title with its repeat).
 *
 * @internal
 */
export function normalizeSpace(text: string): string {
  const nfc = text.normalize('NFC');
  // Most titles are spaced already: they are their own result. Testing for
  // what the replace would change is cheaper than a replace that copies.
  if (!MISSPACED.test(nfc) && !isSpaceCode(nfc.charCodeAt(0)) && !isSpaceCode(nfc.charCodeAt(nfc.length - 1))) return nfc;
  return nfc.replace(WHITE_RUN, ' ').trim();
}

// The lexicon's spaces as code units: a table for ASCII, a set past it, so
// that a per-character test costs no regex and no one-character string.
const ASCII_SPACE = new Uint8Array(128);
const OTHER_SPACES = new Set<number>();
for (let i = 0; i < SPACES.length; i++) {
  const c = SPACES.charCodeAt(i);
  if (c < 128) ASCII_SPACE[c] = 1;
  else OTHER_SPACES.add(c);
}

/**
 * Whether a UTF-16 code unit is one of the lexicon's spaces (`SPACES`, the
 * grammar's `Sp`: what separates words inside a line; no line break, no BOM).
 *
 * @param c - A code unit (`text.charCodeAt(i)`); `NaN` gives false.
 * @internal
 */
export function isLineSpaceCode(c: number): boolean {
  return c < 128 ? ASCII_SPACE[c] === 1 : OTHER_SPACES.has(c);
}

/**
 * `value` without the run of spaces that ends it, the invisibles in that run
 * with it (`Lavrov \u200B,`: they belong to the space, see the grammar's
 * `Sp`); a run of invisibles alone, glued to the word, stays.
 *
 * @internal
 */
export function trimSpaceRun(value: string): string {
  let e = value.length;
  let spaced = e;
  while (e > 0 && (isSpaceCode(value.charCodeAt(e - 1)) || isInvisibleCode(value.charCodeAt(e - 1)))) {
    e--;
    if (isSpaceCode(value.charCodeAt(e))) spaced = e;
  }
  // Back to the start of the run when it holds a space, else only the spaces.
  return value.slice(0, spaced === value.length ? value.trimEnd().length : e);
}

/**
 * Whether `text` holds only the lexicon's spaces (at least one) and
 * invisibles from `start` to `end`: the grammar's `Sp`, whose run takes the
 * invisibles after a space (`Recep \u200BTayyip`).
 *
 * @internal
 */
export function isSpaceRun(text: string, start: number, end: number): boolean {
  let spaced = false;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (isLineSpaceCode(c)) spaced = true;
    else if (!isInvisibleCode(c)) return false;
  }
  return spaced;
}
