/**
 * The UTF-16 code units of a list of BMP characters, as a set to test
 * `text.charCodeAt(i)` against.
 *
 * @throws RangeError when a character is outside the BMP (two code units),
 *   which a test of one code unit could not find.
 * @internal
 */
export function codeUnitSet(chars: string): ReadonlySet<number> {
  const set = new Set<number>();
  for (const char of chars) {
    if (char.length !== 1) throw new RangeError(`codeUnitSet: ${JSON.stringify(char)} is not one UTF-16 code unit`);
    set.add(char.charCodeAt(0));
  }
  return set;
}

/**
 * Whether the last code unit of `text` is in `units`: what the regex
 * `[…]$` (without the `m` flag) says for a class of BMP characters, without
 * trying the class at every position of the text. `false` for `''`.
 *
 * @internal
 */
export function endsWithUnitOf(text: string, units: ReadonlySet<number>): boolean {
  return text.length > 0 && units.has(text.charCodeAt(text.length - 1));
}
