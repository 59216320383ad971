/**
 * Whether `normalize('NFC')` is sure to give `text` back as it is, by one
 * scan of its code units: every unit is below U+0300 (ASCII, Latin-1 and
 * the Latin Extended letters, `é` precomposed; the combining marks start
 * at U+0300) or in the General Punctuation block from U+2002 (`’`, `–`,
 * `“`, NARROW NO-BREAK SPACE …; U+2000 and U+2001 NFC maps to U+2002 and
 * U+2003). NFC keeps each of these units, and no two of them compose (the
 * test checks every pair). `false` says only that NFC may change the text:
 * the caller normalizes it then. Lets the common French line skip
 * `normalize`, which copies the whole string.
 *
 * @internal
 */
export function isNfcInvariant(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x300 && (c < 0x2002 || c > 0x206f)) return false;
  }
  return true;
}

/** `text` in NFC: the text itself when {@link isNfcInvariant} says NFC keeps it. @internal */
export function toNfc(text: string): string {
  return isNfcInvariant(text) ? text : text.normalize('NFC');
}
