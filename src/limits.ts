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
  /**
   * The most lines whose structure is recognized, blank lines included (a
   * line is what an editor numbers: CRLF, CR and LF each end one). From the
   * first line past it, the rest of the text is kept whole as one paragraph
   * without looking for constructs, and one `RESOURCE_EXHAUSTION` error
   * covers it; so is the rest past `maxLength`. This bounds what the parse
   * builds per line: memory grows with the lines read (about 0.3–1 KiB each,
   * see README, "Robustness") and, past the limit, only with the bytes.
   * Default {@link DEFAULT_LIMITS}`.maxLines` (1,000,000 lines, about
   * 3,000 times the longest sample). `Infinity` turns the limit off.
   */
  maxLines: number;
}

/** The limits used when {@link ParseOptions.limits} leaves one out. */
export const DEFAULT_LIMITS: Readonly<ParseLimits> = Object.freeze({
  maxLength: 32 * 1024 * 1024,
  maxLineLength: 1_000_000,
  maxLines: 1_000_000,
});

const LIMIT_KEYS = ['maxLength', 'maxLineLength', 'maxLines'] as const;

/**
 * Fills in the defaults of a partial set of limits; a fraction is rounded
 * down (`Infinity` stays). Without limits it returns {@link DEFAULT_LIMITS}
 * itself (frozen), so the result is read, never changed.
 *
 * @param limits - `ParseOptions.limits`: `undefined`, or an object whose own
 *   keys are limit names.
 * @param caller - The function named in errors.
 * @throws TypeError when `limits` is not an object (`5`, `null`, an array),
 *   has a key that is not a limit (a misspelt limit would otherwise be
 *   ignored), or a given limit is not a number ≥ 0 (`NaN` included);
 *   `Infinity` is allowed. A limit is a programming choice, not input text.
 *   The message names the field.
 * @internal
 */
export function resolveLimits(limits: unknown, caller = 'pressdoc.parse'): Readonly<ParseLimits> {
  // Most parses give no limits: the defaults serve as they are, without a
  // copy of them per parse.
  if (limits === undefined) return DEFAULT_LIMITS;
  if (typeof limits !== 'object' || limits === null || Array.isArray(limits)) {
    const found = limits === null ? 'null' : Array.isArray(limits) ? 'an array' : `${typeof limits} ${String(limits)}`;
    throw new TypeError(`${caller}: options.limits must be an object such as { maxLength: 1000000 }, got ${found}`);
  }
  for (const key of Object.keys(limits)) {
    if (!(LIMIT_KEYS as readonly string[]).includes(key)) {
      throw new TypeError(`${caller}: unknown limit "limits.${key}"; expected ${LIMIT_KEYS.join(', ')}`);
    }
  }
  const out: ParseLimits = { ...DEFAULT_LIMITS };
  const given = limits as Partial<Record<keyof ParseLimits, unknown>>;
  for (const key of LIMIT_KEYS) {
    const value = given[key];
    if (value === undefined) continue;
    if (typeof value !== 'number' || Number.isNaN(value) || value < 0) {
      throw new TypeError(`${caller}: limits.${key} must be a number >= 0 or Infinity, got ${String(value)}`);
    }
    out[key] = Math.floor(value);
  }
  return out;
}
