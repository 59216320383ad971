/**
 * Speaker labels: splits a label, as recognized by the grammar, into name,
 * role and affiliation.
 *
 * ```text
 * Président de la Biélorussie Alexandre Loukachenko → role + name
 * Natalya Golub, chaîne de télévision Belarus-1     → name + affiliation
 * Président Poutine, Mr. Poutine                    → title as role + surname
 * Question de la chaîne ONT, Ministre des Affaires Étrangères → role only: no person
 * ```
 *
 * Which person a name is, is decided later by the people stage
 * (`src/people/`).
 *
 * @module
 */
import type { RawLabel } from '../raw.js';
import type { Speaker } from '../nodes.js';
import { clean } from '../context.js';
import { isArticle, isNonNameWord, isTitle } from '../people/lexicon.js';
import { nameTokens, readName } from '../people/match.js';
import { plainWord } from '../people/fold.js';
import { memoize } from '../util/memo.js';
import { dropInvisibles, FUNCTION_NOUNS } from '../lexicon.js';
import { isSpaceRun } from '../util/space.js';

/**
 * Whether a name, as split from a label, names a person: it does not start
 * with an article and no word of it is a function, institution or media word
 * (`Affaires Étrangères`, `Le Président`, `Russia Today` are not persons;
 * `Marine Le Pen` is). Labels repeat (`Vladimir Poutine :` twenty times):
 * each name is judged once, one lookup instead of one per word.
 */
export const namesPerson: (name: string) => boolean = memoize((name: string): boolean => {
  // readName keeps the words of each spelling it has read (labels repeat);
  // it reads no shape from particles alone (`De`), whose words are read here.
  const tokens = readName(name)?.tokens ?? nameTokens(name);
  return tokens.length > 0 && !isArticle(tokens[0] as string) && !tokens.some(isNonNameWord);
});

/**
 * A two-word name whose first word is a title (`Président Poutine`), as
 * `[title, surname]`; labels repeat, so each name is split once.
 */
const titleAndSurname = memoize((name: string): readonly [string, string] | undefined => {
  const words = name.split(/[\s\u00A0\u202F]+/u);
  // NFC, so that `Pre\u0301sident` (NFD) is a title like `Président`.
  if (words.length !== 2 || !isTitle((words[0] as string).normalize('NFC'))) return undefined;
  return [words[0] as string, words[1] as string];
});

/**
 * Whether a label's role is the first given name of a name of three words
 * (`Recep` of `Recep Tayyip Erdogan :`, `Kim` of `Kim Jong Un :`), which
 * the grammar, reading a name as its last two words, takes for a role: one
 * word, capitalized as the name is, only spaces before the name, and no
 * title, function, article or honorific (`Gouverneur Dmitri Makhonine`,
 * `Moderator Fyodor Lukyanov` keep their role), nor any part of it a word
 * no name holds.
 */
function isGivenName(role: string, name: string): boolean {
  // Read in NFC, through invisibles, as the grammar reads words.
  const word = dropInvisibles(role).normalize('NFC');
  // A capital then small letters (`Recep`), or capitals only where the
  // name is in capitals (`KIM JONG UN`); one letter is an initial's.
  const plainName = dropInvisibles(name).normalize('NFC');
  const capitals = plainName.toUpperCase() === plainName;
  if (!(capitals ? GIVEN_IN_CAPITALS : GIVEN).test(word)) return false;
  if (isArticle(word) || isTitle(word) || FUNCTION_NOUNS.has(word.toLowerCase())) return false;
  if (PROFESSION_ENDING.test(plainWord(word))) return false;
  return !word.split('-').some(isNonNameWord);
}

const GIVEN = /^\p{Lu}[\p{Ll}’'-]+$/u;
const GIVEN_IN_CAPITALS = /^\p{Lu}[\p{Lu}’'-]+$/u;

// Endings of nouns of a profession or an office, which open a role of one
// word (`Politologue`, `Sénateur`, `Députée`, `Journalist`) and no given
// name of the family's labels; a title list cannot hold them all.
const PROFESSION_ENDING = /(?:iste|logue|graphe|eur|euse|rice|aire|iere|ee|ist)$/u;

/**
 * Splits a speaker label into name, role and affiliation. A title before a
 * one-word surname (`Président Poutine`, `FOREIGN MINISTER LAVROV`) becomes
 * the role or its end. A label whose
 * name is not a person's becomes a role alone, from its start to the end of
 * the would-be name.
 *
 * @param label - The label as the grammar captured it.
 * @param text - The document text the label's offsets refer to.
 */
export function normalizeSpeaker(label: RawLabel, text: string): Speaker {
  const speaker: Speaker = {};
  if (label.name === null) {
    if (label.role) speaker.role = clean(label.role.value);
  } else {
    let name = clean(label.name.value);
    let role = label.role ? clean(label.role.value) : undefined;
    // A given name the grammar read as a role opens the name.
    if (label.role && role !== undefined && isSpaceRun(text, label.role.end, label.name.start) && isGivenName(role, name)) {
      name = clean(text.slice(label.role.start, label.name.end));
      role = undefined;
    }
    // The title joins the role before it (`FOREIGN MINISTER LAVROV`: role
    // `FOREIGN MINISTER`, name `LAVROV`).
    const titled = titleAndSurname(name);
    if (titled) {
      role = role === undefined ? titled[0] : `${role} ${titled[0]}`;
      name = titled[1];
    }
    if (namesPerson(name)) {
      speaker.name = name;
      if (role) speaker.role = role;
    } else {
      speaker.role = clean(text.slice(label.start, label.name.end));
    }
  }
  const affiliation = label.affiliation ? clean(label.affiliation.value) : '';
  if (affiliation) speaker.affiliation = affiliation;
  return speaker;
}
