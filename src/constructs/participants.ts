/**
 * Participants list: an intro line, then one participant a line up to the
 * line that ends with a period.
 *
 * ```text
 * Les pourparlers restreints … ont eu lieu au nom de la Biélorussie en présence
 * du premier vice-premier ministre Nikolaï Snopkov,
 * La Russie était représentée par
 * le ministre des Affaires étrangères Sergueï Lavrov,
 * ```
 *
 * Both lines are text to the grammar; compose opens the list when a text
 * line ends with an intro phrase. Schemas: `participantsSchema`,
 * `participantSchema`.
 *
 * @module
 */
import type { Context } from '../context.js';
import { clean } from '../context.js';
import type { Participant, Participants } from '../nodes.js';
import { COLONS, findThroughInvisibles, isInvisibleCode, regexClass } from '../lexicon.js';
import { codeUnitSet } from '../util/code-units.js';
import { spanOf } from '../position.js';
import { isSpaceCode, trimSpaceRun } from '../util/space.js';
import { buildParagraph } from './paragraph.js';

// `… en présence`, `… en présence de :`, `La Russie était représentée par`,
// `… étaient représentés par :`, `… ont participé :`; `é` also in NFD
// (`e` and COMBINING ACUTE ACCENT), and the intro is kept as written.
const E = '(?:é|e\u0301)';
// Between its words, any run of up to four spaces of any kind (`était\u00A0représentée`).
const S = '\\s{1,4}';
const INTRO = new RegExp(
  `(en${S}pr${E}sence(?:${S}de)?|(?:${E}tait|${E}taient|est|sont|a${S}${E}t${E}|ont${S}${E}t${E})${S}repr${E}sent${E}e?s?${S}par|ont${S}particip${E}|participaient)\\s*${regexClass(COLONS)}?$`,
  'iu',
);

// The longest intro phrase, in UTF-16 units: `ont été représentées par` is 24
// in NFC and 28 in NFD (each `é` is `e` + COMBINING ACUTE ACCENT there), and
// up to 9 more when its three gaps hold four spaces each.
const INTRO_MAX = 37;
/**
 * The char codes an intro phrase can end with under INTRO's `iu` flags:
 * `e r t é`, either case, and COMBINING ACUTE ACCENT (`é` in NFD)
 * (test/constructs/participants-intro.test.ts checks this set against the
 * regex over every code unit). @internal
 */
export const INTRO_LAST: ReadonlySet<number> = codeUnitSet('eErRtTéÉ\u0301');

/**
 * The intro phrase that ends `value`, as written, or `undefined` when the
 * line opens no list. The phrase is read through the lexicon's invisible
 * format characters (`pr\u00ADésence`, `était \u200Breprésentée`, as
 * `dropInvisibles` gives them) and returned with them.
 */
export function participantsIntro(value: string): string | undefined {
  // Most lines end in a letter no intro ends with; dropping invisibles does
  // not change the last visible letter, so neither reading is tried.
  if (introEnd(value) === undefined) return undefined;
  const found = introAt(value);
  if (found !== undefined) return value.slice(found, found + (introAtLength as number));
  // Rare: the line ends with a letter an intro can end with, and no intro
  // was read as written; an invisible may stand inside the phrase.
  const through = findThroughInvisibles(value, (plain) => {
    const at = introAt(plain);
    return at === undefined ? undefined : { start: at, end: at + (introAtLength as number) };
  });
  return through && value.slice(through.start, through.end);
}

// The length of the phrase `introAt` found last (a second return value, to
// spare an object per line).
let introAtLength: number | undefined;

/** Where the intro phrase that ends `value` starts (its length in `introAtLength`), or `undefined`. */
function introAt(value: string): number | undefined {
  // A match ends the line, so it starts at most INTRO_MAX units before the
  // optional colon and the spaces: run the regex on that tail only, not from
  // every position of a long line.
  const e = introEnd(value);
  if (e === undefined) return undefined;
  const from = e > INTRO_MAX ? e - INTRO_MAX : 0;
  const m = INTRO.exec(from > 0 ? value.slice(from) : value);
  if (!m) return undefined;
  introAtLength = (m[1] as string).length;
  return from + m.index;
}

// The lexicon's colons as a code-unit set, for reading the end of a line by its codes.
const COLON_CODES = codeUnitSet(COLONS);

/**
 * Where an intro phrase would end in `value` (before an optional colon,
 * spaces and invisibles), or `undefined` when the last letter there is none
 * an intro ends with: every phrase ends in `e`, `r`, `t` or `é` (either
 * case), so most lines, ending in a period, stop here.
 */
function introEnd(value: string): number | undefined {
  // Read by code units (every text line of a dossier comes here): the
  // lexicon's colons and invisibles are single BMP units.
  let e = value.length;
  if (COLON_CODES.has(value.charCodeAt(e - 1))) e--;
  while (e > 0 && (isSpaceCode(value.charCodeAt(e - 1)) || isInvisibleCode(value.charCodeAt(e - 1)))) e--;
  return INTRO_LAST.has(value.charCodeAt(e - 1)) ? e : undefined;
}

/** Builds a {@link Participants} list: its intro line (kept as a paragraph), then `rest`, the participants under it; it spans them. */
export function buildParticipants(intro: string, start: number, end: number, ctx: Context, rest: readonly Participant[] = []): Participants {
  const children: Participants['children'] = [buildParagraph(start, end, ctx), ...rest];
  return { type: 'participants', intro, position: spanOf(children), children };
}

/** Builds one {@link Participant} line; its value drops the trailing comma or period. `text` is the line trimmed, when the caller has it. */
export function buildParticipant(start: number, end: number, ctx: Context, text = clean(ctx.slice(start, end))): Participant {
  // Checked by hand: `/\s*[,.;]$/` is quadratic on long runs of spaces.
  const value = /[,.;]/.test(text.slice(-1)) ? trimSpaceRun(text.slice(0, -1)) : text;
  return { type: 'participant', value, position: ctx.pos(start, end) };
}

/** Whether a participant line closes its list (it ends with a period). */
export function closesParticipants(value: string): boolean {
  // The last unit, by its code: `/\.$/` on the trimmed text, without the regex.
  const text = clean(value);
  return text.charCodeAt(text.length - 1) === 0x2e;
}
