/**
 * The word lists of pressdoc, once (`src/lexicon.json`): the grammar
 * gets them injected at build time (scripts/build-grammar.mjs) and the code
 * imports them from here, so a month, a function noun or a dash added to
 * the JSON file reaches both.
 *
 * ```text
 * April 28, 2020 – 19:10     → months (English), dashes
 * Journaliste (question retraduite) : …  → function nouns
 * ```
 *
 * @module
 * @internal
 */
import lexicon from './lexicon.json' with { type: 'json' };

/** Month names (French and English, lower case, NFC, and unaccented French spellings) → 1–12. */
export const MONTHS: ReadonlyMap<string, number> = entries(lexicon.months);

/** Month abbreviations that take a period (`févr.`, `Sept.`), lower case → 1–12. */
export const MONTH_ABBREVIATIONS: ReadonlyMap<string, number> = entries(lexicon.monthAbbreviations);

/** Words that name a time of day (`midi`, `minuit`, `noon`, `midnight`), lower case → the hour 0–23, minutes 00. */
export const CLOCK_WORDS: ReadonlyMap<string, number> = entries(lexicon.clockWords);

/** Days of the week that may open a date (`jeudi 23 mai 2024`), lower case; the grammar matches them in any case. */
export const WEEKDAYS: ReadonlySet<string> = new Set(lexicon.weekdays.words);

/** Nouns that open a label naming a function and no person (`Question`), lower case. */
export const FUNCTION_NOUNS: ReadonlySet<string> = new Set(lexicon.functionNouns.words);

/** Honorifics written with a period before a name (`Mr.`, `M.`), as written, without the period. */
export const DOTTED_HONORIFICS: ReadonlySet<string> = new Set(lexicon.honorifics.dotted);

/** Articles that open a noun phrase (`Le`, `The`, `L’`), as written. */
export const ARTICLES: ReadonlySet<string> = new Set(lexicon.articles.words);

/** Photo agencies and pools that credit a picture (`afp`, `getty images`), lower case, one space between words. */
export const PHOTO_AGENCIES: ReadonlySet<string> = new Set(lexicon.photoAgencies.words);

/** Particles between first name and surname (`de`, `Le`), as written. */
export const NAME_PARTICLES: ReadonlySet<string> = new Set(lexicon.nameParticles.words);

/**
 * Words of news pages' chrome (lower case, NFC), see the `$comment` of the
 * lexicon's `chrome` entry: the grammar reads follow and share lines, counts,
 * consent phrases, related articles' labels and bylines (it gets the lists
 * at build time); the article composer, through these, the rest.
 */
export const CHROME = {
  /** A line holding one of these words starts a cookie banner. */
  cookie: new Set(lexicon.chrome.cookie) as ReadonlySet<string>,
  /** A line holding one of these words goes on with a cookie banner. */
  consent: new Set(lexicon.chrome.consent) as ReadonlySet<string>,
  /** With a word of {@link CHROME.paywall}, a short line holding one is a subscription prompt. */
  subscription: new Set(lexicon.chrome.subscription) as ReadonlySet<string>,
  /** See {@link CHROME.subscription}. */
  paywall: new Set(lexicon.chrome.paywall) as ReadonlySet<string>,
  /** The separators between the parts of a page's path (`Accueil > Monde`). */
  breadcrumb: lexicon.chrome.breadcrumb,
} as const;

/** The characters that separate words inside a line (the grammar's `Sp`). */
export const SPACES: string = lexicon.spaces.chars;

/** The dashes that separate fields (the grammar's `Dash`). */
export const DASHES: string = lexicon.dashes.chars;

/** The colons that end a speaker label (the grammar's `Colon`). */
export const COLONS: string = lexicon.colons.chars;

/** Invisible format characters read through inside a word (the grammar's `NameWord` and `Word`). */
export const INVISIBLES: string = lexicon.invisibles.chars;

function entries(record: Record<string, unknown>): ReadonlyMap<string, number> {
  // `$comment` documents the JSON file; it is no word.
  return new Map(
    Object.entries(record).filter((e): e is [string, number] => !e[0].startsWith('$') && typeof e[1] === 'number'),
  );
}

/**
 * A list of characters as a RegExp character class, escaped (`-` among the
 * dashes would make a range): `[\-–—]`.
 */
export function regexClass(chars: string): string {
  return `[${chars.replace(/[\\\]^-]/g, '\\$&')}]`;
}

const INVISIBLE_RUN = new RegExp(`${regexClass(INVISIBLES)}+`, 'gu');

// The invisibles as code units (all in the BMP, none below U+00AD).
const INVISIBLE_CODES: ReadonlySet<number> = new Set([...INVISIBLES].map((char) => char.charCodeAt(0)));
const FIRST_INVISIBLE = Math.min(...INVISIBLE_CODES);

/**
 * Whether a UTF-16 code unit is one of the lexicon's invisible format
 * characters ({@link INVISIBLES}: SOFT HYPHEN, ZERO WIDTH SPACE …). A
 * char-code test, so that a per-character check builds no one-character
 * string.
 *
 * @param c - A code unit (`text.charCodeAt(i)`); `NaN` gives false.
 * @internal
 */
export function isInvisibleCode(c: number): boolean {
  return c >= FIRST_INVISIBLE && INVISIBLE_CODES.has(c);
}


/**
 * The text without the lexicon's invisible format characters
 * ({@link INVISIBLES}): how a word is looked up (`sep\u00ADtembre` is the
 * month `septembre`, `Pou\u00ADtine` the name `Poutine`). Values keep the
 * text as written.
 */
export function dropInvisibles(text: string): string {
  // Most text holds none: a scan of its code units spares it the regex.
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (isInvisibleCode(c)) return text.replace(INVISIBLE_RUN, '');
  }
  return text;
}

/**
 * A word or a line as the lexicon's lower-case lists hold words, and as
 * words of the text compare with one another: the invisibles dropped
 * ({@link dropInvisibles}), NFC, lower case (`Pou\u00ADtine` and `POUTINE`
 * fold to `poutine`).
 */
export function foldWord(text: string): string {
  return dropInvisibles(text).normalize('NFC').toLowerCase();
}

const INVISIBLE = new RegExp(regexClass(INVISIBLES), 'u');

/** Whether the text holds one of the lexicon's invisibles ({@link INVISIBLES}). */
export function hasInvisible(text: string): boolean {
  return INVISIBLE.test(text);
}

/**
 * The span of `text` that a span of `dropInvisibles(text)` comes from, as
 * UTF-16 offsets into `text` (`end` exclusive): from the `start`-th kept
 * character to just after the `(end - 1)`-th, so that invisibles inside
 * the span stay in it and those around it stay out. How a word or phrase
 * read through invisibles is given back as written. `start < end`.
 */
export function writtenSpan(text: string, start: number, end: number): { start: number; end: number } {
  let kept = 0;
  let from = 0;
  for (let i = 0; i < text.length; i++) {
    if (INVISIBLES.includes(text.charAt(i))) continue;
    if (kept === start) from = i;
    if (++kept === end) return { start: from, end: i + 1 };
  }
  return { start: from, end: text.length };
}

/**
 * Runs `find` on `text` read through the lexicon's invisibles: on
 * `dropInvisibles(text)`, its span (UTF-16 offsets into that text) mapped
 * back onto `text` as written by {@link writtenSpan}. `undefined` when
 * `text` holds no invisible (the caller has read it as written already) or
 * `find` finds nothing.
 */
export function findThroughInvisibles<T extends { start: number; end: number }>(
  text: string,
  find: (plain: string) => T | undefined,
): { found: T; start: number; end: number } | undefined {
  if (!hasInvisible(text)) return undefined;
  const found = find(dropInvisibles(text));
  if (found === undefined) return undefined;
  return { found, ...writtenSpan(text, found.start, found.end) };
}
