// The properties that parse promises for any string, as plain functions that
// return a list of problems (empty when all hold). Shared by the property
// tests (vitest + @fast-check/vitest) and the fuzzer (scripts/fuzz.ts).
import { isDeepStrictEqual } from 'node:util';
import { parse, type ParseOptions, type ParseResult } from '../../src/parse.js';
import { diagnosticSchema, rootSchema } from '../../src/schema.js';
import { diagnosticProblems, invariantProblems } from '../helpers.js';
import { INVISIBLES, MONTHS, WEEKDAYS, regexClass } from '../../src/lexicon.js';

/**
 * Everything parse promises for one input: it returns; the tree passes the
 * zod schema and survives a JSON round trip; positions are consistent and
 * inside the text; children lie in order inside their parent; every
 * non-blank character lies in a leaf; diagnostics are well formed and none
 * is an INTERNAL_ERROR.
 */
export function contractProblems(text: string, options?: ParseOptions): string[] {
  let result: ParseResult;
  try {
    result = parse(text, options);
  } catch (error) {
    return [`parse threw: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`];
  }
  const problems: string[] = [];
  const schema = rootSchema.safeParse(result.tree);
  if (!schema.success) problems.push(`schema: ${schema.error.issues.slice(0, 3).map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
  for (const d of result.diagnostics) {
    const check = diagnosticSchema.safeParse(d);
    if (!check.success) problems.push(`diagnostic schema: ${check.error.issues[0]?.message}`);
  }
  if (!isDeepStrictEqual(JSON.parse(JSON.stringify(result)), result)) problems.push('the result does not survive a JSON round trip');
  const { start, end } = result.tree.position;
  if (start.offset !== 0 || end.offset !== text.length) problems.push(`root spans ${start.offset}..${end.offset}, not the whole text 0..${text.length}`);
  problems.push(...invariantProblems(text, result.tree), ...diagnosticProblems(text, result.diagnostics));
  return problems;
}

/**
 * A hazard of scraped text: a change of form that must not change what the
 * parser reads. `pair` gives the plain and the hazardous form of a text;
 * `fold` maps a string value of either tree to a common form.
 *
 * "Same structure and same normalized values" means: the two trees, with
 * every `position` removed and `fold` applied to every string value, are
 * deeply equal, and so are the diagnostics' codes and severities in order.
 * Values keep the text as written, so `fold` undoes exactly the hazard in
 * them (NFC for NFD, `’` for `'`, a space for a no-break space); every other
 * field — node types and nesting, numbers, dates, times, zones, instants,
 * kinds, where a speaker's name, role and affiliation split — must match
 * as is.
 */
export interface Hazard {
  /** What the hazard does to a text. */
  readonly what: string;
  /** The plain and the hazardous form of `text`. */
  pair(text: string): [plain: string, hazardous: string];
  /** Maps a string value to the form shared by both trees. */
  fold(value: string): string;
}

const same = (value: string): string => value;
const allBreaks = /\r\n?|\n/g;
/** A URL as the grammar reads it (`Url`), or a curly apostrophe. */
const urlOrApostrophe = /https?:\/\/[^ \t\r\n\u00A0\u202F]+|\u2019/gi;
const urlOrEnDash = /https?:\/\/[^ \t\r\n\u00A0\u202F]+|\u2013/gi;
const urlOrSpace = /https?:\/\/[^ \t\r\n\u00A0\u202F]+| /gi;
// A colon, but not one of a URL or of a time (`19:10`).
const urlOrColon = /https?:\/\/[^ \t\r\n\u00A0\u202F]+|(?<!\d):|:(?!\d)/gi;

// The lexicon's date keywords, read in any case inside a date, as whole
// words: a month name next to a number (`23 mai`, `mai 2024`), a weekday
// before one (`jeudi 23`), `à` after a year or a time (`2024 à 23h30`,
// `23h30 à Minsk`); or a URL (left as it is). Elsewhere a capital is a
// reading (`3 À Minsk, …` opens a caption, `3 à` does not), so the class is
// the keywords of a date, not every word.
const alternatives = (words: Iterable<string>): string => [...words].sort((a, b) => b.length - a.length).join('|');
const urlOrKeyword = new RegExp(
  `https?://[^ \\t\\r\\n\\u00A0\\u202F]+|(?<![\\p{L}\\p{M}])(?:(?<=\\d )(?:${alternatives(MONTHS.keys())})|(?:${alternatives(MONTHS.keys())})(?= \\d)|(?:${alternatives(WEEKDAYS)})(?= \\d)|(?<=(?:\\d{4}|\\d[hH:]\\d*) )à)(?![\\p{L}\\p{M}])`,
  'giu',
);

// A URL as the grammar reads it, with its scheme or without (`Url`,
// `HostName`: `en.kremlin.ru/events/…`, a letter first, a top-level label
// of two to six letters, then a slash).
const URL_TEXT = String.raw`(?:https?:\/\/|(?<![\p{L}\p{N}.\-])[a-z][a-z0-9\-]*(?:\.[a-z0-9\-]+)*\.[a-z]{2,6}\/)[^ \t\r\n\u00A0\u202F]*`;

// A word of four letters or more, or a URL (left as it is: an invisible in a
// URL makes another URL).
const urlOrLongWord = new RegExp(String.raw`${URL_TEXT}|(?<![\p{L}\p{M}])\p{L}\p{L}(?=\p{L}\p{L})[\p{L}\p{M}]*`, 'giu');
// A URL, or a run of spaces with a character other than a space before it
// and after it on its line.
const urlOrInnerSpaces = /https?:\/\/[^ \t\r\n\u00A0\u202F]+|(?<=[^\s])[^\S\r\n]+(?=[^\s])/giu;
const invisibleRun = new RegExp(`${regexClass(INVISIBLES)}+`, 'gu');

/** The same small number for the same word: which invisible a word takes. */
function wordHash(word: string): number {
  let h = 0;
  for (let i = 0; i < word.length; i++) h = (h * 31 + word.charCodeAt(i)) >>> 0;
  return h;
}

/** The hazards of FORMAT.md ("Characters seen"), issue 5 and issue 12 (look-alikes, invisibles). */
export const HAZARD_KINDS = {
  crlf: { what: 'CRLF line endings', pair: (t) => [t.replace(allBreaks, '\n'), t.replace(allBreaks, '\r\n')], fold: same },
  cr: { what: 'CR line endings', pair: (t) => [t.replace(allBreaks, '\n'), t.replace(allBreaks, '\r')], fold: same },
  bom: { what: 'a leading BOM', pair: (t) => [t.replace(/^\uFEFF+/, ''), `\uFEFF${t.replace(/^\uFEFF+/, '')}`], fold: same },
  nbspColon: {
    what: 'NO-BREAK SPACE instead of a space before `:`',
    pair: (t) => [t, t.replace(/ :/g, '\u00A0:')],
    fold: (v) => v.replace(/[\u00A0\u202F]/g, ' '),
  },
  nnbspColon: {
    what: 'NARROW NO-BREAK SPACE instead of a space before `:`',
    pair: (t) => [t, t.replace(/ :/g, '\u202F:')],
    fold: (v) => v.replace(/[\u00A0\u202F]/g, ' '),
  },
  // In the text, not inside URLs: a URL is an identifier, and `’` in it is
  // another URL than `'` (its host reads `xn--…` in punycode).
  straightApostrophe: {
    what: 'straight apostrophes instead of curly ones',
    pair: (t) => [t, t.replace(urlOrApostrophe, (m) => (m === '\u2019' ? "'" : m))],
    fold: (v) => v.replace(/\u2019/g, "'"),
  },
  nfd: { what: 'NFD instead of NFC', pair: (t) => [t.normalize('NFC'), t.normalize('NFD')], fold: (v) => v.normalize('NFC') },
  // The lexicon's look-alikes (issue 12): a dash, a space, a colon each read like its plain form.
  minusDash: {
    what: 'MINUS SIGN instead of EN DASH',
    pair: (t) => [t, t.replace(urlOrEnDash, (m) => (m === '\u2013' ? '\u2212' : m))],
    fold: (v) => v.replace(/\u2212/g, '\u2013'),
  },
  hairSpace: {
    what: 'HAIR SPACE instead of SPACE',
    pair: (t) => [t, t.replace(urlOrSpace, (m) => (m === ' ' ? '\u200A' : m))],
    fold: (v) => v.replace(/\u200A/g, ' '),
  },
  fullwidthColon: {
    what: 'FULLWIDTH COLON instead of `:`',
    pair: (t) => [t, t.replace(urlOrColon, (m) => (m === ':' ? '\uFF1A' : m))],
    fold: (v) => v.replace(/\uFF1A/g, ':'),
  },
  // The lexicon's invisible format characters (issue 12): inside a word, and beside a space.
  // After the second letter of every word of four letters or more. The same
  // word always takes the same invisible of the lexicon, as a hyphenator
  // puts its soft hyphens: labels and spellings are kept as written
  // (`Person.labels` lists distinct labels as written), so one label written
  // two ways is two labels, a true difference this hazard must not make.
  invisibles: {
    what: 'an invisible format character (SOFT HYPHEN, ZERO WIDTH SPACE …) inside every word of four letters or more',
    pair: (t) => [t, t.replace(urlOrLongWord, (m) => {
      if (m.includes('/')) return m;
      // Two letters are two code points (`𐊀` is a surrogate pair).
      const head = [...m].slice(0, 2).join('');
      return `${head}${INVISIBLES[wordHash(m) % INVISIBLES.length]}${m.slice(head.length)}`;
    })],
    fold: (v) => v.replace(invisibleRun, ''),
  },
  // After every run of spaces inside a line's text (a character other than
  // a space before and after it on its line) that holds a SPACE, outside
  // URLs: `Poutine \u200B: …`, ` \u200B– `, `mai \u200B2024`. A line's
  // leading and trailing spaces are left alone: values are trimmed of
  // spaces, not of invisibles (`Merci. \u200B` keeps its ZERO WIDTH SPACE
  // and the space before it), so there the fold would not undo the hazard.
  // Not promised yet, so contract checks only (`CLASS_MUTATIONS`): a ZERO
  // WIDTH SPACE before a space (`19\u200B décembre`: a date in running text,
  // src/normalize/time.ts, reads no invisible after its day) or between two
  // spaces (`Président \u200B \u200BPoutine`: the title's split in
  // src/normalize/speaker.ts counts it as a word).
  zeroWidthSpace: {
    what: 'a ZERO WIDTH SPACE after every run of spaces inside a line',
    pair: (t) => [t, t.replace(urlOrInnerSpaces, (m) => (/^https?:/i.test(m) || !m.includes(' ') ? m : `${m}\u200B`))],
    fold: (v) => v.replace(/\u200B/g, ''),
  },
} satisfies Record<string, Hazard>;

// The second and third letters of a word of four letters or more, or a URL.
const urlOrWordInside = new RegExp(String.raw`${URL_TEXT}|(?<![\p{L}\p{M}])\p{L}\p{L}(?=\p{L}\p{L})`, 'giu');

/**
 * Mutations of issue 12's classes, wider than their hazards, for the
 * fuzzer's contract checks (scripts/fuzz.ts): parse must hold its contract on
 * them (no throw, every character in a leaf, positions right), though the
 * tree may still differ from the plain text's. Outside URLs.
 */
export const CLASS_MUTATIONS: Record<string, (text: string) => string> = {
  /** One of the lexicon's invisibles inside every word of four letters or more, taking them in turn (the `invisibles` hazard gives a word the same one each time). */
  invisibles: (t) => {
    let i = 0;
    return t.replace(urlOrWordInside, (m) => (m.includes('/') ? m : `${m}${INVISIBLES[i++ % INVISIBLES.length]}`));
  },
  /** A ZERO WIDTH SPACE beside every space, after it and before it in turn (the `zeroWidthSpace` hazard puts one after a run only). */
  zeroWidthSpace: (t) => {
    let i = 0;
    return t.replace(urlOrSpace, (m) => (m === ' ' ? (i++ % 2 === 0 ? ' \u200B' : '\u200B ') : m));
  },
  /** Every letter outside URLs in capitals. */
  upperCase: (t) => t.replace(/https?:\/\/[^ \t\r\n\u00A0\u202F]+|[^]+?(?=https?:\/\/|$)/gi, (m) => (/^https?:\/\//i.test(m) ? m : m.toUpperCase())),
};

/**
 * Hazards that hold on every sample but not yet on every random document, so
 * the property over random documents and the fuzzer leave them out: the
 * letter case of a date's keywords. `À` alone is no name word any more (it
 * opened a label: `A – 10 – 0 MAI 1990 À Minskhttp://…`), but a month in
 * capitals after a number can still be read as a name's first word
 * (`Titre 9 MAI Photo : Pavel Bedniakov, RIA Novosti`, found by the fuzzer:
 * a role `Titre 9` and a name `MAI Photo`), and a month is a name elsewhere
 * (`Theresa May :`), so that rule needs the number before it.
 */
export const SAMPLE_HAZARD_KINDS = {
  // A keyword's case is no reading (issue 12): values keep the case as
  // written, and the fold lowers only those words.
  keywordCase: {
    what: 'month and weekday names and `à` of a date in capitals',
    pair: (t) => [t, t.replace(urlOrKeyword, (m) => (m.includes('/') ? m : m.toUpperCase()))],
    fold: (v) => v.replace(urlOrKeyword, (m) => (m.includes('/') ? m : m.toLowerCase())),
  },
} satisfies Record<string, Hazard>;

/** The name of a hazard that holds on random documents. */
export type HazardName = keyof typeof HAZARD_KINDS;

/** The name of any hazard, on samples or on random documents. */
export type AnyHazardName = HazardName | keyof typeof SAMPLE_HAZARD_KINDS;

const ALL_HAZARDS: Record<AnyHazardName, Hazard> = { ...HAZARD_KINDS, ...SAMPLE_HAZARD_KINDS };

/** The tree and the diagnostics' codes, positions removed, strings folded: what must not change under a hazard. */
export function shapeOf(result: ParseResult, fold: (value: string) => string): unknown {
  const json = JSON.stringify(result.tree, (key, value: unknown) =>
    key === 'position' ? undefined : typeof value === 'string' ? fold(value) : value,
  );
  return { tree: JSON.parse(json) as unknown, diagnostics: result.diagnostics.map((d) => `${d.severity} ${d.code}`) };
}

/** The first path at which two JSON values differ, with both values, or undefined when they are equal. */
export function firstDifference(a: unknown, b: unknown, path = ''): string | undefined {
  if (isDeepStrictEqual(a, b)) return undefined;
  if (typeof a === 'object' && a !== null && typeof b === 'object' && b !== null && Array.isArray(a) === Array.isArray(b)) {
    const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
    for (const key of keys) {
      const d = firstDifference((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key], `${path}/${key}`);
      if (d) return d;
    }
  }
  const show = (v: unknown): string => {
    const s = JSON.stringify(v) ?? 'undefined';
    return s.length > 300 ? `${s.slice(0, 300)}…` : s;
  };
  return `${path || '/'}: ${show(a)} ≠ ${show(b)}`;
}

/** The hazard of that name, on samples or on random documents. */
export function hazardOf(name: AnyHazardName): Hazard {
  return ALL_HAZARDS[name];
}

/**
 * Parses the plain and the hazardous form of `text` and returns the
 * difference between their shapes (empty when the hazard changes nothing
 * it must not).
 */
export function hazardProblems(text: string, name: AnyHazardName): string[] {
  const hazard: Hazard = ALL_HAZARDS[name];
  const [plain, hazardous] = hazard.pair(text);
  const a = shapeOf(parse(plain), hazard.fold);
  const b = shapeOf(parse(hazardous), hazard.fold);
  const d = firstDifference(a, b);
  return d ? [`${hazard.what} changes ${d}`] : [];
}
