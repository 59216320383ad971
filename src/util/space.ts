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
 * Whitespace runs made one space, NFC, trimmed: to compare titles as people
 * read them (a TOC entry with its section, an article's title with its repeat).
 *
 * @internal
 */
export function normalizeSpace(text: string): string {
  return text.normalize('NFC').replace(/\s+/gu, ' ').trim();
}
