/**
 * Resource limits of {@link parse}: how much text the grammar reads before
 * the parser falls back to keeping lines as plain paragraphs. Beyond a limit
 * nothing is lost and nothing is thrown: the text is kept, and a
 * `RESOURCE_EXHAUSTION` diagnostic says what was not recognized.
 *
 * @module
 */

/**
 * Limits on what the grammar reads. Lengths are counted in UTF-16 code units
 * (JavaScript `string.length`), like every offset in pressdoc.
 */
export interface ParseLimits {
  /**
   * The longest text whose structure is recognized, in UTF-16 code units,
   * BOM and line breaks included. Lines that start at or after this offset,
   * and the line it falls in, are kept as paragraphs without looking for
   * constructs in them, and one `RESOURCE_EXHAUSTION` error covers them.
   * Default {@link DEFAULT_LIMITS}`.maxLength` (32 Mi code units, about
   * 500 times the largest sample). `Infinity` turns the limit off.
   */
  maxLength: number;
  /**
   * The longest line in which constructs are looked for, in UTF-16 code
   * units, line break excluded. A longer non-blank line is kept whole as text
   * (a paragraph, or the title of an article) and gets a `RESOURCE_EXHAUSTION`
   * warning. Default {@link DEFAULT_LIMITS}`.maxLineLength` (1,000,000 code
   * units, about 1,000 times the longest line of the samples). `Infinity`
   * turns the limit off.
   */
  maxLineLength: number;
}

/** The limits used when {@link ParseOptions.limits} leaves one out. */
export const DEFAULT_LIMITS: Readonly<ParseLimits> = Object.freeze({
  maxLength: 32 * 1024 * 1024,
  maxLineLength: 1_000_000,
});

/**
 * Fills in the defaults of a partial set of limits; a fraction is rounded
 * down (`Infinity` stays).
 *
 * @throws TypeError when a given limit is not a number ≥ 0 (`NaN` included);
 *   `Infinity` is allowed. A limit is a programming choice, not input text.
 * @internal
 */
export function resolveLimits(limits: Partial<ParseLimits> | undefined): ParseLimits {
  const out: ParseLimits = { ...DEFAULT_LIMITS };
  for (const key of ['maxLength', 'maxLineLength'] as const) {
    const value = limits?.[key];
    if (value === undefined) continue;
    if (typeof value !== 'number' || Number.isNaN(value) || value < 0) {
      throw new TypeError(`pressdoc.parse: limits.${key} must be a number >= 0 or Infinity, got ${String(value)}`);
    }
    out[key] = Math.floor(value);
  }
  return out;
}
