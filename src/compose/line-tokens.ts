/**
 * The input of the structure grammar (`grammar/structure.peggy`): one
 * character per line, saying what the line grammar found in it and, for a
 * line of text, what its words make it.
 *
 * ```text
 * 1°/Vladimir Poutine arrive à Minsk – 23 mai 2024 à 23h30 à Minsk   N
 * Territoire de Perm                                                   g
 * La Russie était représentée par                                      p
 * ```
 *
 * @module
 * @internal
 */
import { isTagShaped } from '../constructs/tag.js';
import { closesParticipants, participantsIntro } from '../constructs/participants.js';
import { DASHES, INVISIBLES, regexClass } from '../lexicon.js';
import type { RawLine } from '../raw.js';
import type { Context } from '../context.js';
import { clean } from '../context.js';

// The start of a header line (`6125 – RUSSIE – …`): a number, a dash, a word
// of two capitals or more (uppercase or titlecase, as in the grammar), each
// maybe with combining marks, so that NFD text (`ÉR`) reads like NFC. The
// lexicon's invisibles read as in the grammar: beside a space they belong
// to its run (`– \u200BRUSSIE`), inside a word they join its letters.
const INV = regexClass(INVISIBLES);
const HEADER_START = new RegExp(`^\\s*\\d+[\\s${INVISIBLES}]*${regexClass(DASHES)}[\\s${INVISIBLES}]*(?:[\\p{Lu}\\p{Lt}](?:\\p{M}|${INV})*){2}`, 'u');

const CODES: Record<Exclude<RawLine['type'], 'text'>, string> = {
  header: 'H',
  heading: 'N',
  subheading: 'S',
  bullet: 'B',
  entry: 'E',
  dateline: 'D',
  time: 'T',
  photoCounter: 'C',
  caption: 'P',
  credit: 'R',
  sourceLink: 'L',
  elision: 'X',
  listItem: 'I',
  chrome: 'K',
  speakerTurn: 'V',
};

/**
 * Writes the token string of a dossier's lines (`_` for a blank line); the
 * first line of text that starts like a header is `m`.
 *
 * @internal
 */
export function lineTokens(lines: ReadonlyArray<RawLine | null>, ctx: Context): string {
  let tokens = '';
  let first = true;
  for (const line of lines) {
    if (line === null) {
      tokens += '_';
      continue;
    }
    const wasFirst = first;
    first = false;
    if (line.type !== 'text') {
      tokens += line.type === 'listItem' && line.entry !== undefined ? 'J' : CODES[line.type];
      continue;
    }
    const value = clean(ctx.slice(line.start, line.end));
    if (wasFirst && HEADER_START.test(value)) tokens += 'm';
    else tokens += textToken(value);
  }
  return tokens;
}

/** `p` a participants intro, `g` a short capitalized line (tag or place), `o` a line ending with a period, `t` other text. */
function textToken(value: string): string {
  if (participantsIntro(value)) return 'p';
  // Before the tag test, which needs more: a line ending with a period is
  // never tag-shaped (no tag ends with sentence punctuation), so testing it
  // first gives the same token, and most lines of prose stop here.
  if (closesParticipants(value)) return 'o';
  return isTagShaped(value) ? 'g' : 't';
}
