/**
 * Mentions: the persons a caption or a participants line names.
 *
 * ```text
 * VP Avec le président biélorusse Alexandre Loukachenko lors de …  → Vladimir Poutine, Alexandre Loukachenko
 * Bonjour, Président Loukachenko et Président Vladimir Poutine     → Alexandre Loukachenko, Vladimir Poutine
 * le vice-Premier ministre Alexandre Novak                         → nobody, unless a speaker is Alexandre Novak
 * ```
 *
 * The text is cut into runs of capitalised words (a particle may join two
 * of them; punctuation, lower-case words, titles and words that are never
 * names end a run). In each run, the longest span of 2–4 words that is a
 * known full name (or an initial and a surname) wins; a run of one word may
 * be a known surname (`Président Poutine`, `Poutine`) or a known person's
 * initials (`VP`). Mentions only link persons already in the index —
 * speakers of the document and alias-table persons — and never create one.
 * Cost: linear in the text (at most four lookups per word).
 *
 * @module
 */
import type { Draft, PeopleIndex } from './index.js';
import { plainWord } from './fold.js';
import { isNonNameWord, isTitle } from './lexicon.js';
import { isInitial, isInitialism, readName } from './match.js';
import { INVISIBLES, isInvisibleCode } from '../lexicon.js';
import { memoize } from '../util/memo.js';

/** One mention found in a text. */
export interface Mention {
  /** The person named. */
  draft: Draft;
  /** The mention as written (`VP`, `Alexandre Loukachenko`, `Loukachenko`). */
  spelling: string;
  /** Offset of the mention in the text scanned. */
  start: number;
}

// Words, each with an optional final period (initials, `Mr.`), or one
// punctuation character; spaces are skipped. The lexicon's invisibles
// (SOFT HYPHEN, ZERO WIDTH SPACE …) join a word's letters, as a reader
// sees them (`Lou\u00ADkachenko`), and are skipped like spaces before a
// word. This is the definition; `runs` reads the same tokens by hand
// (test/people/mentions.test.ts checks that both agree).
/** @internal */
export const TOKEN = new RegExp(`[\\p{L}\\p{M}][\\p{L}\\p{M}’'\\-‐‑${INVISIBLES}]*\\.?|[^\\s\\p{L}\\p{M}${INVISIBLES}]`, 'gu');

const CAPITAL = /^[\p{Lu}\p{Lt}]/u;

const PARTICLE = /^(?:de|du|des|von|van|der|den|ibn|bin|al|el)$/u;

// Capitalised words that open sentences in captions and are never names.
const SENTENCE_WORDS = new Set([
  'le', 'la', 'les', 'l', 'un', 'une', 'avec', 'lors', 'apres', 'avant', 'pendant', 'pour', 'selon', 'dans', 'sur', 'et', 'de', 'du', 'des', 'au',
  'aux', 'a', 'en', 'vers', 'chez', 'entre', 'par', 'photo', 'ceremonie', 'conference', 'negociations',
]);

/** A word of a run, with its offsets in the text scanned. @internal */
export interface Token {
  text: string;
  start: number;
  end: number;
}

/**
 * Whether a token (as written) may be a word of a name. Captions repeat
 * their words (`Vladimir`, `Avec`): each is judged once, one lookup instead
 * of two regexes and three word-list lookups. @internal
 */
export const isNameWord: (text: string) => boolean = memoize((text: string): boolean => {
  if (!CAPITAL.test(text) || isTitle(text)) return false; // `M.` is Monsieur
  if (isInitial(text) && text.endsWith('.')) return true; // `A.`, not the word `À`
  if (isNonNameWord(text)) return false;
  return !SENTENCE_WORDS.has(plainWord(text));
});

// What a UTF-16 unit starts, for the hand-written tokenizer: a capital
// letter (Lu, Lt), another letter or mark, a space (`\s`), anything else.
// Filled lazily from the regexes that define the classes, so the table
// cannot disagree with TOKEN; a surrogate pair is classified as one code point.
const UPPER = 1;
const LETTER = 2;
const SPACE = 3;
const OTHER = 4;
const classes = new Uint8Array(0x10000);

function classify(char: string): number {
  if (/^[\p{Lu}\p{Lt}]$/u.test(char)) return UPPER;
  if (/^[\p{L}\p{M}]$/u.test(char)) return LETTER;
  return /^\s$/u.test(char) ? SPACE : OTHER;
}

/** The class of the code point at `i` (a surrogate pair counts as one). */
function classAt(text: string, i: number): number {
  const unit = text.charCodeAt(i);
  if (unit >= 0xd800 && unit <= 0xdbff) {
    const low = text.charCodeAt(i + 1);
    if (low >= 0xdc00 && low <= 0xdfff) return classify(text.slice(i, i + 2));
  }
  let cls = classes[unit] as number;
  if (cls === 0) {
    cls = classify(String.fromCharCode(unit));
    classes[unit] = cls;
  }
  return cls;
}

/** UTF-16 length of the code point at `i`. */
function widthAt(text: string, i: number): number {
  const unit = text.charCodeAt(i);
  if (unit >= 0xd800 && unit <= 0xdbff) {
    const low = text.charCodeAt(i + 1);
    if (low >= 0xdc00 && low <= 0xdfff) return 2;
  }
  return 1;
}

/** Whether the unit is one of the word-inner marks of TOKEN: ’ ' - ‐ ‑, or an invisible. */
function isJoiner(unit: number): boolean {
  return unit === 0x2019 || unit === 0x27 || unit === 0x2d || unit === 0x2010 || unit === 0x2011 || isInvisibleCode(unit);
}


// The tokens of the text being cut, as (start, end, class) triples: one
// buffer for every call, grown when a text has more tokens.
let tokens = new Int32Array(3 * 64);

/** Reads TOKEN's tokens of `text` into `tokens`; returns how many. */
function tokenize(text: string): number {
  const length = text.length;
  let count = 0;
  let i = 0;
  for (;;) {
    while (i < length && (classAt(text, i) === SPACE || isInvisibleCode(text.charCodeAt(i)))) i += widthAt(text, i);
    if (i >= length) return count;
    const start = i;
    const cls = classAt(text, i);
    i += widthAt(text, i);
    if (cls !== OTHER) {
      while (i < length) {
        // A letter continues the word (most units do), else a joiner: no
        // joiner is a letter or mark, so asking the class first reads the
        // same words, with no joiner test per letter.
        const c = classAt(text, i);
        if (c === UPPER || c === LETTER) i += widthAt(text, i);
        else if (isJoiner(text.charCodeAt(i))) i++;
        else break;
      }
      if (i < length && text.charCodeAt(i) === 0x2e) i++;
    }
    if (3 * count + 3 > tokens.length) {
      const grown = new Int32Array(tokens.length * 2);
      grown.set(tokens);
      tokens = grown;
    }
    tokens[3 * count] = start;
    tokens[3 * count + 1] = i;
    tokens[3 * count + 2] = cls;
    count++;
  }
}

/**
 * Cuts a text into runs of name words. Reads TOKEN's tokens by hand: a
 * caption is mostly lower-case words, and those need no object, only their
 * span (and, after a name word, a look at whether they are a particle).
 * @internal
 */
export function runs(text: string): Token[][] {
  const out: Token[][] = [];
  let run: Token[] = [];
  const count = tokenize(text);
  // Whether token k is a name word, when already decided by the particle rule.
  let decided = -1;
  for (let k = 0; k < count; k++) {
    const start = tokens[3 * k] as number;
    const end = tokens[3 * k + 1] as number;
    const cls = tokens[3 * k + 2] as number;
    const word = cls === UPPER ? text.slice(start, end) : '';
    if (decided === k || (cls === UPPER && isNameWord(word))) {
      // A sentence's last word carries its period: keep the word, end the run.
      if (word.endsWith('.') && word.length > 2) {
        run.push({ text: word.slice(0, -1), start, end: end - 1 });
        out.push(run);
        run = [];
      } else {
        run.push({ text: word, start, end });
      }
      continue;
    }
    if (run.length > 0 && cls === LETTER && k + 1 < count && PARTICLE.test(text.slice(start, end))) {
      // `Charles de Gaulle`: the particle joins two name words.
      const nextStart = tokens[3 * k + 3] as number;
      const nextEnd = tokens[3 * k + 4] as number;
      if (tokens[3 * k + 5] === UPPER && isNameWord(text.slice(nextStart, nextEnd))) {
        decided = k + 1;
        continue;
      }
    }
    if (run.length > 0) out.push(run);
    run = [];
  }
  if (run.length > 0) out.push(run);
  return out;
}

/** A word in NFC; below U+0300 it is NFC already, and skips the ICU call. */
function nfcWord(word: string): string {
  for (let i = 0; i < word.length; i++) if (word.charCodeAt(i) >= 0x300) return word.normalize('NFC');
  return word;
}

/** The one element of a list, or `undefined`. */
function only<T>(list: readonly T[]): T | undefined {
  return list.length === 1 ? list[0] : undefined;
}

/** The person a span of two or more words names, if known. */
function spanPerson(written: string, index: PeopleIndex): Draft | undefined {
  const spelling = nfcWord(written);
  const shape = readName(spelling);
  if (!shape) return undefined;
  if (shape.key) return index.findFull(spelling, shape);
  return index.pinned(spelling, shape) ?? (shape.initial ? only(index.candidates(shape)) : undefined);
}

/** The person a word standing alone names: an alias, initials (`VP`), or a known surname. */
function wordPerson(written: string, index: PeopleIndex): Draft | undefined {
  // In NFC, as everywhere in people: NFD's `VP` + COMBINING ACUTE is `VṔ`,
  // no initialism of `Vladimir Poutine`.
  const word = nfcWord(written);
  const pinned = index.pinned(word);
  if (pinned) return pinned;
  if (isInitialism(word)) return index.byInitialism(word);
  const shape = readName(word);
  return shape ? only(index.candidates(shape)) : undefined;
}

/**
 * Finds the persons of the index that a text names, in text order.
 *
 * @param text - A caption's text or a participants line.
 * @param index - The people index, with every speaker of the document added.
 */
export function findMentions(text: string, index: PeopleIndex): Mention[] {
  const found: Mention[] = [];
  for (const run of runs(text)) {
    let i = 0;
    while (i < run.length) {
      let matched = 0;
      for (let len = Math.min(4, run.length - i); len >= 2 && matched === 0; len--) {
        const first = run[i] as Token;
        const last = run[i + len - 1] as Token;
        const spelling = text.slice(first.start, last.end);
        const draft = spanPerson(spelling, index);
        if (draft) {
          found.push({ draft, spelling, start: first.start });
          matched = len;
        }
      }
      if (matched === 0) {
        const token = run[i] as Token;
        // A surname alone counts only as a run of its own: in `Alexandre
        // Novak`, `Novak` is not the speaker Anton Novak.
        const draft = run.length === 1 || isInitialism(token.text) ? wordPerson(token.text, index) : undefined;
        if (draft) found.push({ draft, spelling: token.text, start: token.start });
        matched = 1;
      }
      i += matched;
    }
  }
  return found;
}
