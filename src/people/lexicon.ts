/**
 * Word lists that tell names from titles and functions, all in
 * {@link plainWord} form (lower-case, no diacritics, no final period).
 *
 * ```text
 * Mr. Poutine            → honorific + surname
 * Président Poutine      → title + surname
 * Ministre des Affaires Étrangères → a function, no person
 * ```
 *
 * @module
 */
import { ARTICLES as LEXICON_ARTICLES } from '../lexicon.js';
import { plainWord } from './fold.js';

/** Honorifics: written before a name, never a role of their own (`Mr.`, `M.`, `Mme`, `Monsieur`). */
export const HONORIFICS: ReadonlySet<string> = new Set([
  'mr', 'mrs', 'ms', 'm', 'mme', 'mlle', 'dr', 'monsieur', 'madame', 'mademoiselle', 'camarade',
]);

/**
 * Titles that may stand before a bare surname (`Président Poutine`,
 * `Général Gerasimov`); honorifics count as titles too.
 */
export const TITLES: ReadonlySet<string> = new Set([
  ...HONORIFICS,
  'president', 'presidente', 'ministre', 'gouverneur', 'general', 'maire', 'patriarche', 'secretaire', 'ambassadeur',
  // the same in English (`FOREIGN MINISTER LAVROV`, `SECRETARY BLINKEN`)
  'minister', 'secretary', 'governor', 'mayor', 'patriarch', 'ambassador', 'senator', 'chairman',
  // ranks, dignities and professions written before a name (`Colonel
  // Kadhafi`, `Prince Mohammed ben Salmane`, `Anchor Margaret Brennan`)
  'chancelier', 'chancellor', 'senateur', 'depute', 'colonel', 'amiral', 'admiral', 'marechal', 'marshal',
  'capitaine', 'captain', 'lieutenant', 'commander', 'prince', 'princesse', 'princess', 'roi', 'king',
  'reine', 'queen', 'emir', 'cheikh', 'sheikh', 'sultan', 'pape', 'pope', 'cardinal', 'metropolite',
  'metropolitan', 'archeveque', 'archbishop', 'eveque', 'bishop', 'pere', 'father', 'professeur',
  'professor', 'docteur', 'doctor', 'academicien', 'academician', 'juge', 'judge', 'sir', 'lord', 'lady',
  'maitre', 'empereur', 'emperor', 'leader', 'anchor', 'presenter', 'commentateur', 'commentator',
]);

/**
 * Words that are never part of a person's name: institutions, functions,
 * places used in titles, media. A two-word "name" that holds one
 * (`Affaires Étrangères`, `Le Président`, `Russia Today`) is a function,
 * and the label names no person.
 */
export const NON_NAME_WORDS: ReadonlySet<string> = new Set([
  // functions and ranks
  'president', 'presidente', 'presidence', 'premier', 'premiere', 'vice', 'ministre', 'ministres', 'ministere',
  'secretaire', 'general', 'generale', 'chef', 'commandant', 'commandement', 'directeur', 'directrice',
  'adjoint', 'adjointe', 'conseiller', 'conseillere', 'porte', 'parole', 'gouverneur', 'maire', 'ambassadeur',
  'journaliste', 'question', 'reponse', 'replique', 'remarque', 'voix', 'salle', 'public', 'interprete',
  'moderateur', 'moderatrice', 'animateur', 'animatrice', 'presentateur', 'presentatrice', 'correspondant',
  'correspondante', 'intervenant', 'intervenante', 'participant', 'participante',
  'minister', 'secretary', 'governor', 'mayor', 'ambassador', 'senator', 'chairman', 'spokesman', 'spokeswoman',
  'official', 'officer', 'operator', 'deputy', 'foreign', 'senior',
  // institutions
  'affaires', 'etrangeres', 'interieur', 'defense', 'finances', 'economie', 'justice', 'sante', 'culture',
  'education', 'energie', 'securite', 'federation', 'republique', 'etat', 'etats', 'unis', 'conseil',
  'gouvernement', 'assemblee', 'douma', 'senat', 'kremlin', 'armee', 'forces', 'nationale', 'national',
  'administration', 'cabinet', 'bureau', 'comite', 'commission', 'union', 'europeenne',
  // countries written in titles
  'russie', 'bielorussie', 'belarus', 'ukraine', 'chine', 'france',
  // media
  'chaine', 'television', 'tele', 'radio', 'agence', 'presse', 'journal', 'today', 'news', 'tv', 'channel',
  'press', 'agency', 'times', 'post', 'tass', 'novosti', 'ria', 'izvestia', 'interfax', 'sputnik',
]);

/**
 * Articles (the lexicon's, folded like names): a "name" that starts with one
 * (`Le Président`, `La Défense`, `The Moderator`) is a title, not a person.
 * Inside a name they are particles (`Marine Le Pen`).
 */
export const ARTICLES: ReadonlySet<string> = new Set([...LEXICON_ARTICLES].map(plainWord));

/** Whether a word (as written) is an article (`Le`, `L’`); an initial (`A.`) is none. */
export function isArticle(word: string): boolean {
  return !word.endsWith('.') && ARTICLES.has(plainWord(word));
}

/** Whether a word (as written) is an honorific (`Mr.`, `Monsieur`); a person's roles leave these out. */
export function isHonorific(word: string): boolean {
  return HONORIFICS.has(plainWord(word));
}

/** Whether a word (as written) is a title that may stand before a surname (`Président`, `Mr.`). */
export function isTitle(word: string): boolean {
  return TITLES.has(plainWord(word));
}

/** Whether a word (as written) can never be part of a person's name (`Affaires`, `Président`, `Today`). */
export function isNonNameWord(word: string): boolean {
  return NON_NAME_WORDS.has(plainWord(word));
}
