/**
 * Stage 1c: surname labels. The grammar reads a label of one name word
 * (`Putin:`, `Poutine :`) as a surname label; it stays a speaker turn only
 * where the document's other labels confirm it, and is text elsewhere
 * (`Attention : …`, `Attribution: …`).
 *
 * ```text
 * Andrey Kondrashov: Mr President, dear guests!   ← a label naming a person
 * Putin: Were you offered a tour of this building? ← a turn: `Putin:` labels two lines
 * Andrey Kondrashov: We were.
 * Putin: Just don't agree to it.
 * ```
 *
 * A grammar reads each line once and cannot look at names written further
 * down, hence this stage (see the header of grammar/pressdoc.peggy).
 *
 * @module
 * @internal
 */
import { dropInvisibles, foldWord } from './lexicon.js';
import { isLineSpaceCode } from './util/space.js';
import type { RawLine, RawSpeakerTurn } from './raw.js';

/**
 * Turns every surname label that the document does not confirm into a line
 * of text, in place. A surname label is confirmed where another label names
 * the person in full (`Vladimir Putin:` … `Putin:`, `Tucker Carlson:` …
 * `Tucker:`) or by its initials (`Konstantin Ernst:` … `KE:`), or where
 * the same surname labels two lines or more of a
 * dialogue: one that has labels naming persons (`Andrey Kondrashov:` …
 * `Putin:` … `Putin:`), or where another surname labels two lines or more
 * too (`TUCKER:` … `PUTIN:` … `TUCKER:` … `PUTIN:`), or where two lines
 * or more are labelled by a function (`Question:` … `Peskov:` … `Question:`
 * … `Peskov:`, an interview), or, for a label in capitals (`PUTIN:`,
 * `MICKLETHWAIT:`), where the text names the person in full (`Russian
 * President Vladimir Putin talked with … John Micklethwait`). One word before a
 * colon once (`Attribution: …`, `Note: …`) is text. Words compare without
 * their invisibles, in NFC, in any case.
 *
 * Work is one pass over the lines, then one over the surname labels found,
 * and one scan of the text when a label in capitals is still unconfirmed.
 *
 * @internal
 */
export function confirmSurnameLabels(lines: Array<RawLine | null>, text: string): void {
  // The surname labels by line, how many lines each surname labels, and the
  // labels that name a person in full, whose words are read only when the
  // document has a surname label.
  const surnameLines: number[] = [];
  const counts = new Map<string, number>();
  const namedLines: RawSpeakerTurn[] = [];
  let functionLines = 0;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (line?.type !== 'speakerTurn') continue;
    if (line.label.name === null) {
      functionLines++;
    } else if (line.label.surnameOnly === true) {
      const key = foldWord(line.label.name.value);
      counts.set(key, (counts.get(key) ?? 0) + 1);
      surnameLines.push(i);
    } else {
      namedLines.push(line);
    }
  }
  if (surnameLines.length === 0) return;
  // The words of the full names, the first name too: an interviewer is
  // labelled by it (`Tucker Carlson:` … `TUCKER:`).
  // Each name once: a dialogue labels its speakers many times.
  const names = new Set<string>();
  for (const line of namedLines) names.add(line.label.name?.value ?? '');
  const named = new Set<string>();
  for (const name of names) {
    // Read through invisibles, as the labels compare (`Vladimir \u200BPoutine` … `VP`).
    const words = dropInvisibles(name).trim().split(/\s+/u);
    let initials = '';
    for (const word of words) {
      if (word.length > 1) named.add(foldWord(word));
      if (CAPITAL.test(word)) initials += word.charAt(0);
    }
    // Its initials too: an interview labels its speakers so once it has
    // named them (`Konstantin Ernst:` … `KE:`, `Dmitry Medvedev:` … `DM:`).
    if (words.length > 1) named.add(initialsKey(initials));
  }
  // Surnames that label two lines or more: two of them make a dialogue of
  // surnames alone (`TUCKER:` … `PUTIN:` … `TUCKER:` … `PUTIN:`); so do two
  // lines labelled by a function, an interview's questions (`Question:` …
  // `Peskov:` … `Question:` … `Peskov:`).
  let repeated = 0;
  for (const count of counts.values()) if (count >= 2) repeated++;
  const dialogue = namedLines.length > 0 || repeated >= 2 || functionLines >= 2;
  const mentions: Mentions = { found: new Map() };
  for (const i of surnameLines) {
    const line = lines[i] as RawSpeakerTurn;
    const key = foldWord(line.label.name?.value ?? '');
    if (named.has(key) || named.has(initialsKey(key)) || (dialogue && (counts.get(key) ?? 0) >= 2)) continue;
    if (inCapitals(line.label.name?.value ?? '') && namedInText(text, key, mentions)) continue;
    lines[i] = { type: 'text', start: line.start, end: line.end };
  }
}

// A word that opens with a capital letter: uppercase or titlecase, as the
// grammar's `Upper` reads capitals.
const CAPITAL = /^[\p{Lu}\p{Lt}]/u;

/** Whether a label is written in capitals, as transcripts write their speakers (`PUTIN`, `MICKLETHWAIT`). */
function inCapitals(name: string): boolean {
  return name !== name.toLowerCase() && name === name.toUpperCase();
}

/**
 * Whether the text names the person of a surname label in full: a
 * capitalized word, a space of the lexicon's and the surname in any case
 * (`Russian President Vladimir Putin`, `Editor-in-Chief John Micklethwait`),
 * as a transcript's lead introduces its speakers. `key` is the surname's
 * {@link foldWord}; `mentions` keeps the folded text and each surname's answer. The surname is
 * looked for first (a search for its letters), then the word before it.
 */
function namedInText(text: string, key: string, mentions: Mentions): boolean {
  let found = mentions.found.get(key);
  if (found !== undefined) return found;
  found = false;
  mentions.plain ??= dropInvisibles(text).normalize('NFC');
  const plain = mentions.plain;
  for (const m of plain.matchAll(new RegExp(`${anyCase(key)}(?![\\p{L}\\p{M}])`, 'gu'))) {
    const at = m.index;
    // A name in the text opens with a capital (`Putin`, `PUTIN`), after a space.
    if (at < 2 || !CAPITAL.test(plain.charAt(at)) || !isLineSpaceCode(plain.charCodeAt(at - 1))) continue;
    let from = at - 1;
    while (from > 0 && !isLineSpaceCode(plain.charCodeAt(from - 1)) && !isLineBreak(plain.charCodeAt(from - 1))) from--;
    if (CAPITALIZED_WORD.test(plain.slice(from, at - 1))) {
      found = true;
      break;
    }
  }
  mentions.found.set(key, found);
  return found;
}

/** What {@link namedInText} keeps for one document: the text as searched (made on first use) and each surname's answer. */
interface Mentions {
  plain?: string;
  found: Map<string, boolean>;
}

/** LF or CR: the word before a surname is looked for on its line, whatever the line breaks. */
function isLineBreak(c: number): boolean {
  return c === 0x0a || c === 0x0d;
}

// A word that opens with a capital: `Vladimir`, `Editor-in-Chief`, `D’Estaing`.
const CAPITALIZED_WORD = /^[\p{Lu}\p{Lt}][\p{L}\p{M}'’-]*$/u;

/** A word as a RegExp source that matches it in any case: `[pP][uU]…`. */
function anyCase(word: string): string {
  let source = '';
  for (const char of word) {
    const upper = char.toUpperCase();
    const escaped = char.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');
    source += upper !== char && upper.length === char.length ? `[${escaped}${upper}]` : escaped;
  }
  return source;
}

/**
 * How initials compare, written with or without periods and spaces
 * (`V. P.`, `V.P.`, `VP`), as {@link foldWord}s: `#` and the letters, so that
 * they match no word (`DM` is no `dm` of a name).
 */
function initialsKey(initials: string): string {
  return `#${foldWord(initials).replace(/[.\s]/gu, '')}`;
}
