/**
 * Name matching: reads a written name into the keys the people index is
 * looked up by.
 *
 * ```text
 * Vladimir Poutine                → key `vladimir putin`, surname `putin`, initials `VP`
 * Vladimir Vladimirovitch Poutine → key `vladimir putin` (middle names do not count)
 * V. Poutine, V.Poutine           → initial `v`, surname `putin` (no key)
 * Ch. Rose                        → initial `ch`, surname `ros` (no key)
 * Poutine                         → surname `putin` (no key)
 * ```
 *
 * Two full names are one person when their keys are equal: the folded first
 * name and the folded surname ({@link foldWord}). A surname alone, or an
 * initial and a surname, matches a person only through the index, when one
 * person alone has that surname (and that initial).
 *
 * @module
 */
import { NAME_PARTICLES, dropInvisibles } from '../lexicon.js';
import { foldWord } from './fold.js';
import { isHonorific } from './lexicon.js';

// The lexicon's lower-case particles inside names: `Charles de Gaulle`,
// `Ibn Battuta` (`Le` and `La` may open a title: `Le Président`).
const PARTICLES = new Set([...NAME_PARTICLES].filter((word) => word === word.toLowerCase()));

// A word of a name: letters, apostrophes, hyphens; an initial keeps its period.
const NAME_TOKEN = /[\p{L}\p{M}][\p{L}\p{M}’'\-‐‑]*\.?/gu;

// One capital, maybe its period; or a capital and one small letter and the
// period, as French transcripts abbreviate a first name (`Ch. Rose` for
// Charlie Rose, `Yu. Ouchakov`), the grammar's `Initial`. Of two letters,
// the honorifics (`Mr.`, `Ms.`, `Dr.`) are none; `M.` may be either.
const INITIAL = /^\p{Lu}\p{M}*(?:\p{Ll}\p{M}*\.|\.)?$/u;

const INITIALISM = /^\p{Lu}{2,3}$/u;

/** A written name read into matching keys. All keys are folded ({@link foldWord}). */
export interface NameShape {
  /** The name's words as written, particles and initials included. */
  tokens: string[];
  /** The folded first name; absent for a surname alone or when the name starts with an initial. */
  first?: string;
  /** The folded first letter of the first name, from the written first name; or the folded initial (`V.` → `v`, `Ch.` → `ch`). */
  initial?: string;
  /** The folded surname: the last word that is not an initial or a particle. */
  last: string;
  /** The person key `first last` when a full first name is written; what full names are matched by. */
  key?: string;
}

/** The words of a name as written: `V.Poutine` gives `V.` and `Poutine`. */
export function nameTokens(name: string): string[] {
  return name.match(NAME_TOKEN) ?? [];
}

/** Whether a token is an initial: one capital letter, with or without a period (`V.`), or a capital, a small letter and a period (`Ch.`). */
export function isInitial(token: string): boolean {
  return INITIAL.test(token) && !(token.length > 2 && isHonorific(token));
}

/** Whether a token is a run of 2–3 capitals that may stand for a person's initials (`VP`). */
export function isInitialism(token: string): boolean {
  return INITIALISM.test(token);
}

/**
 * The initials a name is made of alone, as {@link initialsOfTokens} writes
 * them (`V.P.`, `V. P.` and `VP` give `VP`), or `undefined` for any other
 * name: 2–3 initials, each with its period, or a run of 2–3 capitals.
 */
export function initialismOf(name: string): string | undefined {
  const tokens = nameTokens(dropInvisibles(name));
  if (tokens.length === 1) return isInitialism(tokens[0] as string) ? tokens[0] : undefined;
  if (tokens.length < 2 || tokens.length > 3 || !tokens.every((t) => t.endsWith('.') && isInitial(t))) return undefined;
  return tokens.map(initialLetter).join('');
}

/**
 * Reads a written name (the name part of a label, without role or
 * affiliation) into its matching keys.
 *
 * @returns The shape, or `undefined` when the name has no letters.
 */
export function readName(name: string): Readonly<NameShape> | undefined {
  // Labels repeat (`Vladimir Poutine :` twenty times): read each spelling once.
  // One lookup for a name with letters; `has` only tells a cached
  // `undefined` (no letters) from a name not read yet.
  const cached = shapes.get(name);
  if (cached !== undefined || shapes.has(name)) return cached;
  const shape = read(dropInvisibles(name));
  if (shapes.size >= 10_000) shapes.clear();
  shapes.set(name, shape);
  return shape;
}

const shapes = new Map<string, Readonly<NameShape> | undefined>();

function read(name: string): NameShape | undefined {
  const tokens = nameTokens(name);
  const words = tokens.filter((t) => !PARTICLES.has(t.toLowerCase()));
  if (words.length === 0) return undefined;
  const lastWord = [...words].reverse().find((t) => !isInitial(t)) ?? (words[words.length - 1] as string);
  const last = foldWord(lastWord.replace(/\.$/, ''));
  const head = words[0] as string;
  const shape: NameShape = { tokens, last };
  if (words.length >= 2 && head !== lastWord) {
    if (isInitial(head)) {
      shape.initial = foldWord(head.replace(/\.$/, ''));
    } else {
      shape.first = foldWord(head);
      shape.initial = shape.first.charAt(0);
      shape.key = `${shape.first} ${last}`;
    }
  }
  return shape;
}

// A key of ASCII letters, its words one space apart: nearly every folded
// name. Its id is the key with `-` for each space; the general reading
// below (a split and a Unicode regex per word) gives the same.
const PLAIN_KEY = /^[a-z]+(?: [a-z]+)*$/;

/** The id a person key gets: its words joined by `-` (`vladimir putin` → `vladimir-putin`). */
export function idOfKey(key: string): string {
  if (PLAIN_KEY.test(key)) return key.replace(/ /g, '-');
  return key
    .split(' ')
    .map((w) => w.replace(/[^\p{L}\p{N}]+/gu, ''))
    .filter((w) => w !== '')
    .join('-');
}

/**
 * The stable id pressdoc gives a person written `name`: derived from the
 * folded first name and surname, so every spelling of one person gets the
 * same id in every document (`Alexander Lukashenko` and `Alexandre
 * Loukachenko` → `aleksandr-lukachenko`). A surname alone gives the folded
 * surname (`Poutine` → `putin`). Empty when the name has no letters.
 */
export function personIdFor(name: string): string {
  const shape = readName(name);
  if (!shape) return '';
  return idOfKey(shape.key ?? shape.last);
}

/**
 * The initials of a written full name, upper-case, without diacritics:
 * first name and surname (`Vladimir Poutine` → `VP`), and every word when
 * there are more (`Vladimir Vladimirovitch Poutine` → `VP` and `VVP`).
 * Empty for a surname alone.
 */
export function initialsOf(name: string): string[] {
  // `Vla\u00ADdimir Pou\u00ADtine` has the initials `VP`: an invisible splits no word.
  return initialsOfTokens(nameTokens(dropInvisibles(name)));
}

/**
 * {@link initialsOf} from the name's tokens, as {@link readName} gives them
 * in `NameShape.tokens` (particles included): the index registers a name
 * with its shape, so the name is not cut into words a second time.
 *
 * @internal
 */
export function initialsOfTokens(tokens: readonly string[]): string[] {
  const words = tokens.filter((t) => !PARTICLES.has(t.toLowerCase()));
  if (words.length < 2) return [];
  const pair = initialLetter(words[0] as string) + initialLetter(words[words.length - 1] as string);
  if (words.length === 2) return [pair];
  const all = words.map(initialLetter).join('');
  return all === pair ? [pair] : [pair, all];
}

/** The first letter of a word without its diacritics, upper-case (`Élise` → `E`). */
function initialLetter(word: string): string {
  // Below U+00C0 no character decomposes, so NFD would leave the first one
  // first: only a word starting with a letter such as `É` needs the ICU call.
  const first = word.charCodeAt(0) < 0xc0 ? word.charAt(0) : word.normalize('NFD').charAt(0);
  return first.toUpperCase();
}
