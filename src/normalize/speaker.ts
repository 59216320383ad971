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
import { memoize } from '../util/memo.js';

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
