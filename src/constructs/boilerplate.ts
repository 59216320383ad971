/**
 * Boilerplate: page chrome of a news site, kept apart from the text.
 *
 * ```text
 * Accueil > Monde > Europe
 * Suivez RT France surTelegram
 * Partager sur Facebook Partager sur X Copier le lien
 * Par Jean Dupont
 * Lire aussi : La Biélorussie accueille des armes nucléaires tactiques russes
 * 3355
 * Raconter l'actualité
 * Déjà abonné ? Se connecter
 * En cliquant sur "Tout Accepter" vous consentez …
 * Nous utilisons des cookies pour améliorer votre expérience.
 * ```
 *
 * Grammar: `ChromeLine` (follow and share lines, consent phrases, related
 * articles' labels, the slogan, bylines). The shapes below are the ones
 * compose reads in an article's text lines, because they hang on a word
 * anywhere in the line or on where it stands (grammar/structure.peggy's
 * header says why); compose adds the repeated title and lines, and related
 * headlines standing alone. Schema: `boilerplateSchema`.
 *
 * @module
 */
import type { Context } from '../context.js';
import { clean } from '../context.js';
import { CHROME, COLONS, INVISIBLES, dropInvisibles, foldWord, regexClass } from '../lexicon.js';
import { fewerWordsThan, isSpaceCode } from '../util/space.js';
import type { Boilerplate, BoilerplateKind } from '../nodes.js';

/** Builds a {@link Boilerplate} line of the given kind. */
export function buildBoilerplate(kind: BoilerplateKind, start: number, end: number, ctx: Context): Boilerplate {
  return { type: 'boilerplate', kind, value: clean(ctx.slice(start, end)), position: ctx.pos(start, end) };
}

/**
 * A quick necessary condition for a line to hold a word of `words`, which
 * spares most lines the normalization: the line holds the ASCII letters a
 * word starts with (`abonné` → `abonn`), in any case (NFD keeps those
 * letters, and the `iu` flags fold the case as `toLowerCase` does), or an
 * invisible of the lexicon, which may split them. Always true when a word
 * starts with another letter.
 */
function quickTest(words: readonly string[]): (value: string) => boolean {
  const all = words.map((w) => /^[a-z]*/.exec(w)?.[0] ?? '');
  if (all.includes('')) return () => true;
  // A stem that holds another as its start adds nothing to the test.
  const stems = [...new Set(all)].filter((w, _, l) => !l.some((o) => o !== w && w.startsWith(o)));
  // The stems are ASCII letters only: nothing to escape.
  const quick = new RegExp(`${stems.join('|')}|${regexClass(INVISIBLES)}`, 'iu');
  return (value) => quick.test(value);
}

/**
 * Whether a line holds a word of `words` (lower case, NFC), standing between
 * characters that are no letters, marks or hyphens: `cookies/traceurs`
 * holds `cookies`, `l’article` holds `article`, `abonnez-vous` is one word.
 * The {@link quickTest} goes first.
 */
function holdsWordOf(words: Iterable<string>): (value: string) => boolean {
  const list = [...words];
  const quick = quickTest(list);
  const escaped = list.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  const source = `(?<![\\p{L}\\p{M}-])(?:${escaped.join('|')})(?![\\p{L}\\p{M}-])`;
  const exact = new RegExp(source, 'u');
  // On the line as written, in any case: the answer for a line that NFC
  // leaves as it is and that holds no invisible (beside an invisible, a
  // word's edge is not where it is once the invisible is dropped).
  const written = new RegExp(source, 'iu');
  return (value) => quick(value) && (MAY_CHANGE.test(value) ? exact.test(foldWord(value)) : written.test(value));
}

// A character that NFC may change or that the lexicon's invisibles hold:
// from U+0300 up, but for General Punctuation's dashes, quotes and dots.
const MAY_CHANGE = /[^\u0000-\u00ac\u00ae-\u02ff\u2010-\u202e\u2030-\u205e]/u;

const HOLDS_COOKIE = holdsWordOf(CHROME.cookie);
// Lines of neither a cookie nor a subscription word: one scan says so.
const MAY_HOLD_COOKIE_OR_SUBSCRIPTION = quickTest([...CHROME.cookie, ...CHROME.subscription]);
const HOLDS_SUBSCRIPTION = holdsWordOf(CHROME.subscription);
const HOLDS_PAYWALL = holdsWordOf(CHROME.paywall);
const HOLDS_CONSENT = holdsWordOf(CHROME.consent);

// The words of a line of prose (src/compose/kind.ts): a line with fewer is
// a button, a label or a link, which a banner's text goes on with.
const PROSE_WORDS = 8;
// The words a subscription prompt and a banner's first line hold at most.
// Counted as runs of non-spaces, a measure that invisibles, NFD and the
// kind of spaces leave alone (a length in units would not).
const PROMPT_WORDS = 20;
const BANNER_WORDS = 60;
// Past this many units a line is checked for its words' count before it is
// scanned for the chrome's words: a paragraph of the text is longer, and
// its count stops at the limit, before the paragraph ends.
const SCAN_FIRST = 400;

/**
 * `Nous utilisons des cookies …`: a line of at most sixty words holding a
 * word of the lexicon's `chrome.cookie` list starts a cookie banner.
 */
export function startsCookieBanner(value: string): boolean {
  return HOLDS_COOKIE(value) && fewerWordsThan(value, BANNER_WORDS + 1);
}

/**
 * Whether a line goes on with the cookie banner above it: it holds a word of
 * the lexicon's `chrome.consent` list (`… en cliquant sur «Tout accepter» …`),
 * or, once the article's text has started (`afterText`), it is shorter than
 * a line of prose (`OK`, `Tout AccepterTout refuserParamétrer vos choix`): a
 * banner above the text has the title, a short line, under it. The first
 * line that is neither ends the banner.
 */
export function goesOnWithBanner(value: string, afterText: boolean): boolean {
  return (afterText && fewerWordsThan(value, PROSE_WORDS)) || HOLDS_CONSENT(value);
}

/**
 * `Cet article est réservé aux abonnés`, `Déjà abonné ? Se connecter`: a
 * line of twenty words or fewer that holds a word of the lexicon's
 * `chrome.subscription` list and one of its `chrome.paywall` list (`Le
 * réseau compte deux millions d’abonnés.` holds only the first: text).
 */
export function isSubscriptionPrompt(value: string): boolean {
  return HOLDS_SUBSCRIPTION(value) && HOLDS_PAYWALL(value) && fewerWordsThan(value, PROMPT_WORDS + 1);
}

/**
 * What chrome a text line of an article is by its words or its shape, if
 * any: a cookie banner's first line, a view counter, a subscription prompt,
 * or (`aboveTitle`: no text line before it) the page's path. One scan
 * spares most lines the tests of the words.
 */
export function textChrome(value: string, aboveTitle: boolean): 'cookieBanner' | 'viewCounter' | 'paywall' | 'breadcrumb' | undefined {
  if (isViewCounter(value)) return 'viewCounter';
  if ((value.length <= SCAN_FIRST || fewerWordsThan(value, BANNER_WORDS + 1)) && MAY_HOLD_COOKIE_OR_SUBSCRIPTION(value)) {
    if (startsCookieBanner(value)) return 'cookieBanner';
    if (isSubscriptionPrompt(value)) return 'paywall';
  }
  return aboveTitle && isBreadcrumb(value) ? 'breadcrumb' : undefined;
}

const VIEW_COUNT = /^[0-9]+(?:[\s.,][0-9]{3})*$/u;

/**
 * `3355`, `12 480`: a line of digits alone (thousands apart by a space, a
 * period or a comma), a page's view or share count; read through the
 * lexicon's invisibles (`12 \u200B480`).
 */
export function isViewCounter(value: string): boolean {
  const first = value.charCodeAt(0);
  return first >= 0x30 && first <= 0x39 && VIEW_COUNT.test(dropInvisibles(value));
}

// A separator of the lexicon's `chrome.breadcrumb` between spaces.
const BREADCRUMB_SEPARATOR = new RegExp(`\\s${regexClass(CHROME.breadcrumb)}\\s`, 'u');
// A part of a page's path: one to four words, no sentence punctuation (the
// lexicon's colons among it: `：` reads like `:`).
const CRUMB_CHAR = `[^\\s.!?;«»"“”${COLONS.replace(/[\\\]^-]/g, '\\$&')}]`;
const CRUMB = new RegExp(`^${CRUMB_CHAR}+(?:\\s${CRUMB_CHAR}+){0,3}$`, 'u');

/**
 * `Accueil > Monde > Europe`, `Actualités › International`: short parts
 * apart by a separator of the lexicon's `chrome.breadcrumb` between spaces,
 * at least three parts, or two around `>` or `›`, which no title writes.
 */
export function isBreadcrumb(written: string): boolean {
  // Read through the lexicon's invisibles (`Accueil \u200B> Monde`).
  const value = dropInvisibles(written);
  // Most first lines hold no separator between spaces: they skip the walk.
  if (!BREADCRUMB_SEPARATOR.test(value)) return false;
  const parts: string[] = [];
  const seps: string[] = [];
  let from = 0;
  for (let i = 1; i + 1 < value.length; i++) {
    if (CHROME.breadcrumb.includes(value.charAt(i)) && /\s/u.test(value.charAt(i - 1)) && /\s/u.test(value.charAt(i + 1))) {
      parts.push(value.slice(from, i).trim());
      seps.push(value.charAt(i));
      from = i + 1;
    }
  }
  if (seps.length === 0) return false;
  parts.push(value.slice(from).trim());
  if (!parts.every((p) => CRUMB.test(p))) return false;
  return parts.length >= 3 || seps.some((s) => s === '>' || s === '›');
}
