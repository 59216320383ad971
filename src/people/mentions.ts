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
// punctuation character; spaces are skipped.
const TOKEN = /[\p{L}\p{M}][\p{L}\p{M}’'\-‐‑]*\.?|[^\s\p{L}\p{M}]/gu;

const CAPITAL = /^[\p{Lu}\p{Lt}]/u;

const PARTICLE = /^(?:de|du|des|von|van|der|den|ibn|bin|al|el)$/u;

// Capitalised words that open sentences in captions and are never names.
const SENTENCE_WORDS = new Set([
  'le', 'la', 'les', 'l', 'un', 'une', 'avec', 'lors', 'apres', 'avant', 'pendant', 'pour', 'selon', 'dans', 'sur', 'et', 'de', 'du', 'des', 'au',
  'aux', 'a', 'en', 'vers', 'chez', 'entre', 'par', 'photo', 'ceremonie', 'conference', 'negociations',
]);

interface Token {
  text: string;
  start: number;
  end: number;
}

function isNameWord(token: Token): boolean {
  if (!CAPITAL.test(token.text) || isTitle(token.text)) return false; // `M.` is Monsieur
  if (isInitial(token.text) && token.text.endsWith('.')) return true; // `A.`, not the word `À`
  if (isNonNameWord(token.text)) return false;
  return !SENTENCE_WORDS.has(plainWord(token.text));
}

/** Cuts a text into runs of name words. */
function runs(text: string): Token[][] {
  const out: Token[][] = [];
  const tokens: Token[] = [];
  for (const m of text.matchAll(TOKEN)) tokens.push({ text: m[0], start: m.index, end: m.index + m[0].length });
  let run: Token[] = [];
  const close = (): void => {
    if (run.length > 0) out.push(run);
    run = [];
  };
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i] as Token;
    if (isNameWord(token)) {
      // A sentence's last word carries its period: keep the word, end the run.
      if (token.text.endsWith('.') && token.text.length > 2) {
        run.push({ text: token.text.slice(0, -1), start: token.start, end: token.end - 1 });
        close();
      } else {
        run.push(token);
      }
    } else if (run.length > 0 && PARTICLE.test(token.text) && tokens[i + 1] && isNameWord(tokens[i + 1] as Token)) {
      continue; // `Charles de Gaulle`: the particle joins two name words
    } else {
      close();
    }
  }
  close();
  return out;
}

/** The one element of a list, or `undefined`. */
function only<T>(list: readonly T[]): T | undefined {
  return list.length === 1 ? list[0] : undefined;
}

/** The person a span of two or more words names, if known. */
function spanPerson(spelling: string, index: PeopleIndex): Draft | undefined {
  const shape = readName(spelling);
  if (!shape) return undefined;
  if (shape.key) return index.findFull(spelling, shape);
  return index.pinned(spelling, shape) ?? (shape.initial ? only(index.candidates(shape)) : undefined);
}

/** The person a word standing alone names: an alias, initials (`VP`), or a known surname. */
function wordPerson(word: string, index: PeopleIndex): Draft | undefined {
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
